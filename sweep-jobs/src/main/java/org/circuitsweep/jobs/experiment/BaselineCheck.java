package org.circuitsweep.jobs.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.circuitsweep.engine.analysis.NetworkResult;
import org.circuitsweep.engine.analysis.NeuronFeatures;
import org.circuitsweep.jobs.io.ModelRecords;
import org.circuitsweep.jobs.io.NetworkRecords;
import org.circuitsweep.jobs.io.TableSchemas;
import org.circuitsweep.jobs.spec.Candidate;
import org.circuitsweep.jobs.spec.ModelKind;
import org.circuitsweep.jobs.spec.NetworkVariants;
import org.circuitsweep.jobs.spec.SweepSpec;

/**
 * {@code --recompute-baseline}: the unperturbed run of a base variant, written as a row of the
 * base's models table by the sweep's own row builders, must equal the stored row in every column,
 * doubles compared by their bits. A difference is a {@link Mismatch} naming the variant and the
 * first column that differs. One instance per task; not thread-safe.
 */
final class BaselineCheck {

    /** A recomputed baseline that differs from the stored row: the base cannot be reproduced by this build. */
    static final class Mismatch extends RuntimeException {

        private static final long serialVersionUID = 1L;
        /** Starts the message, so that the driver can find it in a failed job's text. */
        static final String MARKER = "baseline differs: ";

        Mismatch(String message) {
            super(MARKER + message);
        }
    }

    private final SweepSpec spec;
    private final NetworkVariants networks;
    private final ModelRecords neuronRows;
    private final NetworkRecords networkRows;
    private final List<String> parameterColumns;

    /**
     * @param spec    the base sweep's spec, resolved
     * @param stored  the base's models table as stored (the selection file's schema)
     * @param sweepId the base's sweep id
     * @param cells   the cell names of a network base
     */
    BaselineCheck(SweepSpec spec, Schema stored, String sweepId, List<String> cells) {
        this.spec = spec;
        boolean network = spec.kind().isNetwork();
        this.networks = network ? spec.networks() : null;
        this.neuronRows = network ? null : new ModelRecords(stored, sweepId, spec.parameterNames().size());
        this.networkRows = network ? new NetworkRecords(stored, sweepId, cells) : null;
        this.parameterColumns = spec.parameterNames().stream().map(TableSchemas::circuitColumn).toList();
    }

    /** Checks a neuron's unperturbed features against its stored row. */
    void neuron(long variant, double[] values, NeuronFeatures features, GenericRecord stored) {
        compare(variant, neuronRows.row(variant, values, features), stored);
    }

    /** Checks a network's unperturbed result against its stored row. */
    void network(long variant, double[] values, NetworkResult result, GenericRecord stored) {
        Map<String, Object> description;
        if (spec.kind() == ModelKind.PYLORIC) {
            NetworkVariants.Pyloric p = networks.pyloric(values);
            description = NetworkRecords.pyloricDescription(p.code(), p.neurons().stream().map(Candidate::name).toList(),
                    p.neurons().stream().map(n -> n.selected() ? n.baseVariant() : null).toList(), p.strengthsNs());
        } else {
            description = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                description.put(parameterColumns.get(i), values[i]);
            }
        }
        compare(variant, networkRows.row(variant, description, result), stored);
    }

    private static void compare(long variant, GenericRecord recomputed, GenericRecord stored) {
        for (Schema.Field f : stored.getSchema().getFields()) {
            Object a = normal(stored.get(f.pos()));
            Object b = normal(recomputed.get(f.name()));
            if (a == null ? b != null : !a.equals(b)) {
                throw new Mismatch("variant " + variant + ": the recomputed baseline differs from the stored row in column "
                        + f.name() + " (stored " + shown(stored.get(f.pos())) + ", recomputed " + shown(recomputed.get(f.name()))
                        + "); the base was simulated by another build or kernel");
            }
        }
    }

    /** Text as String, doubles as their raw bits: equal only if bit for bit equal. */
    private static Object normal(Object v) {
        if (v instanceof CharSequence s) {
            return s.toString();
        }
        if (v instanceof Double d) {
            return Double.doubleToRawLongBits(d);
        }
        return v;
    }

    private static String shown(Object v) {
        return v instanceof Double d ? d + " = 0x" + Long.toHexString(Double.doubleToRawLongBits(d)) : String.valueOf(v);
    }
}
