package org.circuitsweep.jobs.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class SweepPlanTest {

    @Test
    void chunksCoverTheVariantsOnceAndOnlyTheLastIsShort() {
        SweepPlan plan = new SweepPlan(60, 8);
        assertThat(plan.chunkCount()).isEqualTo(8);
        long next = 0;
        for (int k = 0; k < plan.chunkCount(); k++) {
            ChunkRange c = plan.chunk(k);
            assertThat(c.start()).isEqualTo(next).isEqualTo(8L * k);
            assertThat(c.size()).isEqualTo(k < 7 ? 8 : 4);
            next = c.end();
        }
        assertThat(next).isEqualTo(60);
        assertThatThrownBy(() -> plan.chunk(8)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void anExactMultipleHasNoShortChunk() {
        SweepPlan plan = new SweepPlan(64, 8);
        assertThat(plan.chunkCount()).isEqualTo(8);
        assertThat(plan.chunk(7).size()).isEqualTo(8);
    }

    @Test
    void missingIsTheComplementOfCommittedAndCountsVariants() {
        SweepPlan plan = new SweepPlan(60, 8);
        ChunkSet committed = plan.noChunks();
        committed.add(0);
        committed.add(3);
        committed.add(7);
        ChunkSet missing = plan.missing(committed);
        assertThat(missing.first(100)).containsExactly(1, 2, 4, 5, 6);
        assertThat(missing.first(2)).containsExactly(1, 2);
        assertThat(plan.variantsIn(committed)).isEqualTo(8 + 8 + 4);
        assertThat(plan.variantsIn(missing)).isEqualTo(40);
        assertThat(plan.variantsIn(plan.missing(plan.noChunks()))).isEqualTo(60);
    }

    @Test
    void aChunkSetCostsABitPerChunkWhateverTheVariants() {
        SweepPlan plan = new SweepPlan(20_250_000L, 100);
        ChunkSet missing = plan.missing(plan.noChunks());
        assertThat(missing.size()).isEqualTo(202_500);
        assertThat(missing.footprintBytes()).isLessThanOrEqualTo(202_500 / 8 + 8);
    }

    @Test
    void refusesPlansItCannotNumber() {
        assertThatThrownBy(() -> new SweepPlan(0, 8)).hasMessageContaining("at least 1 variant");
        assertThatThrownBy(() -> new SweepPlan(10, 0)).hasMessageStartingWith("chunk-size");
        assertThatThrownBy(() -> new SweepPlan(Long.MAX_VALUE, 1)).hasMessageContaining("larger chunk size");
        assertThatThrownBy(() -> plan(10, 5).missing(ChunkSet.empty(3))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void firstListsAscendingIds() {
        ChunkSet s = ChunkSet.empty(10);
        List.of(9, 2, 5).forEach(s::add);
        assertThat(s.first(10)).containsExactly(2, 5, 9);
        assertThat(s.complement().first(3)).containsExactly(0, 1, 3);
    }

    private static SweepPlan plan(long n, int size) {
        return new SweepPlan(n, size);
    }
}
