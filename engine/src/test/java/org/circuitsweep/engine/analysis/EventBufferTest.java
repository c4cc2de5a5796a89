package org.circuitsweep.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventBufferTest {

    @Test
    void growsKeepsOrderAndClearsForReuse() {
        EventBuffer buffer = new EventBuffer();
        for (int i = 0; i < 1000; i++) {
            buffer.add(i, -i);
        }
        assertThat(buffer.size()).isEqualTo(1000);
        assertThat(buffer.time(999)).isEqualTo(999);
        assertThat(buffer.value(500)).isEqualTo(-500);
        buffer.clear();
        assertThat(buffer.size()).isZero();
        assertThatThrownBy(() -> buffer.time(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
