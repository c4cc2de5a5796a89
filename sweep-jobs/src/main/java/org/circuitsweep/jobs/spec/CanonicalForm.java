package org.circuitsweep.jobs.spec;

import java.lang.reflect.RecordComponent;

import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.model.ParameterInfo;
import org.circuitsweep.engine.sample.Dimension;
import org.circuitsweep.engine.sim.SimulationSettings;

/**
 * The text a spec's hash is taken of: one line per fact that determines the rows and their
 * layout in chunks. The output directory and the YAML text (comments, spacing, key order outside
 * {@code parameters}) are left out. Numbers are written with {@link Double#toHexString}: exact,
 * so equal doubles print alike however they were written (0.050, 5e-2), and specified to the
 * character, whereas {@link Double#toString} output changed in JDK 19 and would change hashes
 * between a laptop and a cluster on different JVMs.
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
                line(out, "default " + p.name(), number(p.defaultValue()));
            }
        }
        simulation(out, spec.simulation());
        // Every effective threshold, not just the overrides: a changed default changes the rows.
        ClassifierThresholds thresholds = spec.classifierThresholds();
        for (RecordComponent threshold : ClassifierThresholds.class.getRecordComponents()) {
            line(out, "classifier " + threshold.getName(), value(threshold, thresholds));
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
            return "value " + number(f.value());
        }
        if (d instanceof Dimension.Values v) {
            return "values " + join(v.values());
        }
        if (d instanceof Dimension.Uniform u) {
            return "uniform " + number(u.min()) + " " + number(u.max());
        }
        Dimension.LogUniform l = (Dimension.LogUniform) d;
        return "log-uniform " + number(l.min()) + " " + number(l.max());
    }

    private static void simulation(StringBuilder out, SimulationSettings s) {
        line(out, "simulation dt-ms", number(s.dtMs()));
        line(out, "simulation duration-ms", number(s.durationMs()));
        line(out, "simulation transient-ms", number(s.transientMs()));
        line(out, "simulation integrator", s.integrator().label());
        line(out, "simulation dc-current-na", number(s.dcCurrentNa()));
        line(out, "simulation dc-onset-ms", number(s.dcOnsetMs()));
        line(out, "simulation adaptive-stop", Boolean.toString(s.adaptiveStop()));
    }

    private static String join(double[] values) {
        StringBuilder s = new StringBuilder();
        for (double v : values) {
            s.append(s.isEmpty() ? "" : " ").append(number(v));
        }
        return s.toString();
    }

    private static String value(RecordComponent component, ClassifierThresholds thresholds) {
        try {
            Object value = component.getAccessor().invoke(thresholds);
            return value instanceof Double d ? number(d) : value.toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read classifier threshold " + component.getName(), e);
        }
    }

    private static String number(double value) {
        return Double.toHexString(value);
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append(": ").append(value).append('\n');
    }
}
