package org.circuitsweep.jobs.spec;

import java.util.Map;
import java.util.TreeMap;

import org.circuitsweep.engine.model.ParameterInfo;
import org.circuitsweep.engine.sample.Dimension;
import org.circuitsweep.engine.sim.SimulationSettings;

/**
 * The text a spec's hash is taken of: one line per fact that determines the rows and their
 * layout in chunks, with numbers in Java's shortest round-trip form so that equal doubles print
 * alike however they were written (0.050, 5e-2). The output directory and the YAML text
 * (comments, spacing, key order outside {@code parameters}) are left out.
 */
final class CanonicalForm {

    private CanonicalForm() {
    }

    static String of(SweepSpec spec) {
        StringBuilder out = new StringBuilder();
        line(out, "engine", SweepSpec.ENGINE_VERSION);
        line(out, "name", spec.name());
        line(out, "model", spec.model());
        line(out, "method", spec.method().label());
        line(out, "seed", Long.toString(spec.seed()));
        line(out, "count", Long.toString(spec.count()));
        for (Dimension d : spec.parameters()) {
            line(out, "parameter " + d.name(), dimension(d));
        }
        // Unlisted parameters take template defaults: a changed default changes the rows.
        for (ParameterInfo p : template(spec).parameters()) {
            if (!spec.parameterNames().contains(p.name())) {
                line(out, "default " + p.name(), Double.toString(p.defaultValue()));
            }
        }
        simulation(out, spec.simulation());
        for (Map.Entry<String, Double> e : new TreeMap<>(spec.classifierOverrides()).entrySet()) {
            line(out, "classifier " + e.getKey(), Double.toString(e.getValue()));
        }
        line(out, "chunk-size", Integer.toString(spec.chunkSize()));
        return out.toString();
    }

    private static ModelTemplate template(SweepSpec spec) {
        return ModelTemplate.byName(spec.model())
                .orElseThrow(() -> new IllegalStateException("unknown model template '" + spec.model() + "'"));
    }

    private static String dimension(Dimension d) {
        if (d instanceof Dimension.Fixed f) {
            return "value " + f.value();
        }
        if (d instanceof Dimension.Values v) {
            return "values " + join(v.values());
        }
        if (d instanceof Dimension.Uniform u) {
            return "uniform " + u.min() + " " + u.max();
        }
        Dimension.LogUniform l = (Dimension.LogUniform) d;
        return "log-uniform " + l.min() + " " + l.max();
    }

    private static void simulation(StringBuilder out, SimulationSettings s) {
        line(out, "simulation dt-ms", Double.toString(s.dtMs()));
        line(out, "simulation duration-ms", Double.toString(s.durationMs()));
        line(out, "simulation transient-ms", Double.toString(s.transientMs()));
        line(out, "simulation integrator", s.integrator().label());
        line(out, "simulation dc-current-na", Double.toString(s.dcCurrentNa()));
        line(out, "simulation dc-onset-ms", Double.toString(s.dcOnsetMs()));
        line(out, "simulation adaptive-stop", Boolean.toString(s.adaptiveStop()));
    }

    private static String join(double[] values) {
        StringBuilder s = new StringBuilder();
        for (double v : values) {
            s.append(s.isEmpty() ? "" : " ").append(v);
        }
        return s.toString();
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append(": ").append(value).append('\n');
    }
}
