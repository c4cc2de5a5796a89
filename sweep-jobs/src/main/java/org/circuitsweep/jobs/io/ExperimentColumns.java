package org.circuitsweep.jobs.io;

import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;

/**
 * Which columns of a base sweep's models table an experiment compares before and after the
 * perturbation: every built-in tag (the boolean columns) and the main features. For a neuron sweep
 * the features that describe a rhythm (spike rate, period, burst duration, duty cycle, spikes per
 * burst) and the resting potential; for a network sweep the period, burst durations, duty cycles
 * and start phases of P04 Table 1 and each cell's own period. Only the listed columns the base
 * table has are taken, so a circuit sweep gets its own cells' periods. Immutable.
 *
 * @param tags     boolean columns of the base table, in its column order
 * @param features nullable double columns of the base table, in the order listed here
 */
public record ExperimentColumns(List<String> tags, List<String> features) {

    static final List<String> NEURON_FEATURES = List.of("spike_rate_hz", "period_ms", "burst_duration_ms", "duty_cycle",
            "spikes_per_burst", "resting_mV");
    static final List<String> NETWORK_FEATURES = List.of("period_ms", "abpd_burst_ms", "lp_burst_ms", "py_burst_ms",
            "abpd_duty_cycle", "lp_duty_cycle", "py_duty_cycle", "lp_start_phase", "py_start_phase");
    private static final String CELL_PERIOD = "_period_ms";
    private static final String CELL_CLASS = "_class";

    public ExperimentColumns {
        tags = List.copyOf(tags);
        features = List.copyOf(features);
    }

    /** The columns of a base models table: a neuron table has {@code spikes}, a network table does not. */
    public static ExperimentColumns of(Schema baseModels) {
        boolean neuron = baseModels.getField("spikes") != null;
        List<String> features = new ArrayList<>();
        for (String f : neuron ? NEURON_FEATURES : NETWORK_FEATURES) {
            if (baseModels.getField(f) != null) {
                features.add(f);
            }
        }
        if (!neuron) {
            for (Schema.Field f : baseModels.getFields()) {
                String name = f.name();
                if (name.endsWith(CELL_PERIOD) && !name.equals("period_ms") && baseModels.getField(
                        name.substring(0, name.length() - CELL_PERIOD.length()) + CELL_CLASS) != null) {
                    features.add(name);
                }
            }
        }
        for (String f : features) {
            if (!isNullableDouble(baseModels.getField(f).schema())) {
                throw new IllegalStateException("models column " + f + " is not a nullable double: " + baseModels.getField(f).schema());
            }
        }
        return new ExperimentColumns(TableSchemas.builtInTags(baseModels), features);
    }

    static boolean isNullableDouble(Schema s) {
        return s.isUnion() && s.getTypes().size() == 2 && s.getTypes().get(0).getType() == Schema.Type.NULL
                && s.getTypes().get(1).getType() == Schema.Type.DOUBLE;
    }

    public static String before(String column) {
        return column + "_before";
    }

    public static String after(String column) {
        return column + "_after";
    }

    public static String delta(String column) {
        return column + "_delta";
    }
}
