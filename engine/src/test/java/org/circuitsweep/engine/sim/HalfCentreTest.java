package org.circuitsweep.engine.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.circuitsweep.engine.analysis.NetworkResult;
import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.classify.ActivityClass;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.classify.NetworkClass;
import org.circuitsweep.engine.model.Cell;
import org.circuitsweep.engine.model.Circuit;
import org.circuitsweep.engine.model.Conductances;
import org.circuitsweep.engine.model.Synapse;
import org.circuitsweep.engine.synapse.Transmitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two-cell half-centre oscillator of {@code configs/circuits/half-centre.yaml} (keep the two in
 * step): two identical LP-like cells, LP 2 of P04 with KCa 20 (strong spike-frequency adaptation, so
 * the active cell releases the other) and H 0.1 (slow escape from inhibition), inhibiting each other
 * through 50-nS glutamatergic synapses. Alone the cell fires tonically, so the bursts are made by the
 * network. Both cells start from the same isolated state, so 0.02 nA more into the right cell breaks
 * the symmetry that would otherwise keep them in exact synchrony.
 */
class HalfCentreTest {

    static final Conductances LP_LIKE = new Conductances(100, 0, 6, 30, 20, 50, 0.1, 0.02);
    static final double SYNAPSE_NS = 50;
    static final double RIGHT_DC_NA = 0.02;

    static Circuit halfCentre(double synapseNs) {
        return new Circuit(
                List.of(new Cell("left", "custom", LP_LIKE, 0.0), new Cell("right", "custom", LP_LIKE, RIGHT_DC_NA)),
                List.of(new Synapse("LR", 0, 1, Transmitter.GLUTAMATE, synapseNs),
                        new Synapse("RL", 1, 0, Transmitter.GLUTAMATE, synapseNs)),
                List.of());
    }

    /**
     * Both cells burst periodically with one period, and each cycle of the left cell holds exactly
     * one burst of the right one with no overlap: the class alternating. The neighbouring strengths
     * show that the rhythm is not a knife-edge (scratch runs: alternating from 30 to 100 nS, also at
     * dt 0.025 ms, period 0.69–0.73 s, 5–7 spikes per burst).
     */
    @ParameterizedTest(name = "{0} nS")
    @ValueSource(doubles = {30, SYNAPSE_NS})
    void theTwoCellsBurstInTurn(double synapseNs) {
        NetworkResult r = new CircuitSimulator(SimulationSettings.NETWORK_DEFAULTS, ClassifierThresholds.defaults())
                .run(halfCentre(synapseNs));
        NeuronFeatures left = r.cells().get(0);
        NeuronFeatures right = r.cells().get(1);
        System.out.printf("half-centre %.0f nS: %s, %d cycles, periods %.1f / %.1f ms, %.1f / %.1f spikes per burst%n",
                synapseNs, r.networkClass().label(), r.cycles(), left.periodMs(), right.periodMs(),
                left.spikesPerBurst(), right.spikesPerBurst());
        assertThat(r.networkClass()).isEqualTo(NetworkClass.ALTERNATING);
        assertThat(r.cycles()).isGreaterThanOrEqualTo(8);
        assertThat(left.activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(right.activityClass()).isEqualTo(ActivityClass.BURSTING);
        assertThat(left.burstsPerCycle()).isEqualTo(1);
        assertThat(right.periodMs()).isCloseTo(left.periodMs(), within(0.005 * left.periodMs()));
        assertThat(left.periodMs()).isBetween(450.0, 800.0);
        assertThat(left.spikesPerBurst()).isGreaterThanOrEqualTo(3.0);
        assertThat(r.pyloric().applies()).isFalse();
    }

    @Test
    void theCellAloneFiresTonically() {
        NeuronFeatures alone = new NeuronSimulator(SimulationSettings.DEFAULTS, ClassifierThresholds.defaults())
                .run(LP_LIKE);
        assertThat(alone.activityClass()).isEqualTo(ActivityClass.TONIC);
    }
}
