package org.circuitsweep.engine.sim;

import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.engine.classify.ActivityClass;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.model.Conductances;

/** TEMPORARY stand-in until the real simulator lands: costs time like a run, returns made-up features. */
public final class NeuronSimulator {
    private final SimulationSettings settings;

    public NeuronSimulator(SimulationSettings settings, ClassifierThresholds thresholds) {
        this.settings = settings;
    }

    public NeuronFeatures run(Conductances g) {
        double v = -60;
        long steps = (long) (settings.durationMs() / settings.dtMs());
        for (long i = 0; i < steps; i++) {
            v += 0.001 * Math.sin(v + g.gNa() * 1e-3 + i);
        }
        double s = g.gNa() + 3 * g.gCaT() + 7 * g.gKd() + v;
        int k = (int) Math.floorMod((long) Math.floor(s * 13), 5);
        ActivityClass c = ActivityClass.values()[k];
        if (c == ActivityClass.NUMERICAL_FAILURE) {
            return NeuronFeatures.numericalFailure(settings.analysisMs());
        }
        double nan = Double.NaN;
        double period = c == ActivityClass.SILENT ? nan : 100 + s % 900;
        return new NeuronFeatures(c, settings.analysisMs(), c == ActivityClass.SILENT ? 0 : k * 7, k * 1.5, period,
                c == ActivityClass.BURSTING ? 1 : 0, nan, nan, nan, nan, c == ActivityClass.SILENT ? v : nan,
                v - 10, v + 50, nan, nan, 0.1, 0.5 + s * 1e-6, 0.3);
    }
}
