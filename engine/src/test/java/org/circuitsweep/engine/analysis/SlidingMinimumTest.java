package org.circuitsweep.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SlidingMinimumTest {

    @Test
    void equalsTheBruteForceMinimumOverTheWindow() {
        SplittableRandom random = new SplittableRandom(7);
        double[] v = new double[5000];
        SlidingMinimum min = new SlidingMinimum(3.3);
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextDouble(-70, 20);
            double t = i * 0.1;
            double expected = Double.POSITIVE_INFINITY;
            for (int j = i; j >= 0 && j * 0.1 >= t - 3.3; j--) {
                expected = Math.min(expected, v[j]);
            }
            assertThat(min.push(t, v[i])).isEqualTo(expected);
        }
    }

    @Test
    void growsWhenTheWindowHoldsMoreSamplesThanTheRing() {
        SlidingMinimum min = new SlidingMinimum(1000);
        for (int i = 0; i < 5000; i++) {
            // rising signal on whole-ms times: all 1001 samples of the window stay in the deque (ring starts at 512)
            assertThat(min.push(i, i)).isEqualTo(Math.max(0, i - 1000));
        }
    }

    @Test
    void resetEmptiesTheWindow() {
        SlidingMinimum min = new SlidingMinimum(10);
        min.push(0, -80);
        min.reset();
        assertThat(min.push(1, -50)).isEqualTo(-50);
    }
}
