package org.circuitsweep.jobs.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.avro.Schema;
import org.circuitsweep.engine.channel.ChannelCatalog;

/**
 * The schemas of the {@code models} and {@code sweeps} tables, read from the .avsc files. The models
 * table of a neuron sweep is models.avsc with one non-nullable double column per spec parameter
 * inserted after {@code variant}, so the fixed columns stay defined once. The models table of a
 * prinz2004-pyloric sweep is network-models.avsc as it is; that of a circuit sweep is derived from
 * it (see {@link #circuitNetworks}). Thread-safe.
 */
public final class TableSchemas {

    public static final String SWEEP_ID = "sweep_id";
    public static final String VARIANT = "variant";
    public static final String CLASS = "class";
    public static final String STATUS = "status";
    /** network-models.avsc marks the columns that describe a P04 network with {@code "group": "network"}. */
    static final String GROUP = "group";
    /** ... and the per-cell columns with {@code "cell": "<cell name>"}. */
    static final String CELL = "cell";

    private static final Pattern AVRO_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Schema MODELS_BASE = read("models.avsc");
    private static final Schema SWEEPS = read("sweeps.avsc");
    private static final Schema NETWORKS = read("network-models.avsc");

    private TableSchemas() {
    }

    /** The {@code sweeps} table: one row per sweep output. */
    public static Schema sweeps() {
        return SWEEPS;
    }

    /** The fixed columns of {@code models}, without parameter columns. */
    public static Schema modelsBase() {
        return MODELS_BASE;
    }

    /** The {@code models} table of a sweep over {@code parameterNames}, in spec order. */
    public static Schema models(List<String> parameterNames) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field f : MODELS_BASE.getFields()) {
            // A Field belongs to one schema: copy it before adding it to another.
            fields.add(new Schema.Field(f, f.schema()));
            if (f.name().equals(VARIANT)) {
                for (String name : parameterNames) {
                    fields.add(parameterField(name));
                }
            }
        }
        return Schema.createRecord(MODELS_BASE.getName(), MODELS_BASE.getDoc(), MODELS_BASE.getNamespace(), false, fields);
    }

    /** The {@code models} table of a prinz2004-pyloric sweep. */
    public static Schema networks() {
        return NETWORKS;
    }

    /**
     * The {@code models} table of a circuit sweep: the key columns of network-models.avsc, one
     * double column per swept parameter ({@link #circuitColumn}), the result columns, then the
     * per-cell columns once per cell, {@code <cell>_class} and {@code <cell>_period_ms} with the
     * cell's name in lower case.
     */
    public static Schema circuitNetworks(List<String> parameterNames, List<String> cellNames) {
        List<Schema.Field> fields = new ArrayList<>();
        List<Schema.Field> firstCell = new ArrayList<>();
        String firstCellName = NETWORKS.getFields().stream().map(f -> f.getProp(CELL)).filter(c -> c != null)
                .findFirst().orElseThrow();
        for (Schema.Field f : NETWORKS.getFields()) {
            if (f.getProp(GROUP) != null) {
                continue;
            }
            if (f.getProp(CELL) != null) {
                if (f.getProp(CELL).equals(firstCellName)) {
                    firstCell.add(f);
                }
                continue;
            }
            fields.add(new Schema.Field(f, f.schema()));
            if (f.name().equals(VARIANT)) {
                for (String name : parameterNames) {
                    String unit = name.contains(".") ? "mS/cm²" : "nS";
                    fields.add(parameterField(circuitColumn(name), NETWORKS, "Swept parameter " + name
                            + " of the circuit file: " + (name.contains(".") ? "a maximal conductance density of the cell"
                            : "the maximal conductance of the synapse") + ". Unit: " + unit + "."));
                }
            }
        }
        String prefix = firstCellName.toLowerCase(Locale.ROOT) + "_";
        for (String cell : cellNames) {
            for (Schema.Field f : firstCell) {
                String name = cell.toLowerCase(Locale.ROOT) + "_" + f.name().substring(prefix.length());
                String doc = f.doc().replace("of the AB/PD cell", "of the cell " + cell);
                fields.add(new Schema.Field(name, f.schema(), doc, f.defaultVal()));
            }
        }
        requireUniqueColumns(fields);
        return Schema.createRecord("CircuitNetwork", NETWORKS.getDoc(), NETWORKS.getNamespace(), false, fields);
    }

    /** The column of a circuit parameter: {@code left.gCaS} → {@code left_gCaS} (a dot cannot be in a column name). */
    public static String circuitColumn(String parameterName) {
        return parameterName.replace('.', '_');
    }

    private static Schema.Field parameterField(String name) {
        String doc = ChannelCatalog.parameter(name)
                .map(p -> "Swept parameter: " + p.description() + ". Unit: " + p.unit() + ".")
                .orElse("Swept parameter " + name + " of the model template, as written in the spec.");
        return parameterField(name, MODELS_BASE, doc);
    }

    private static Schema.Field parameterField(String name, Schema table, String doc) {
        if (!AVRO_NAME.matcher(name).matches() || table.getField(name) != null) {
            throw new IllegalArgumentException("parameter '" + name + "' cannot be a column of models: a column name is "
                    + "[A-Za-z_][A-Za-z0-9_]* and not one of the fixed columns");
        }
        return new Schema.Field(name, Schema.create(Schema.Type.DOUBLE), doc);
    }

    /** Spark SQL matches column names without regard to case, so {@code LR} and {@code lr} would clash there. */
    private static void requireUniqueColumns(List<Schema.Field> fields) {
        Set<String> seen = new HashSet<>();
        for (Schema.Field f : fields) {
            if (!seen.add(f.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("column '" + f.name() + "' of the circuit's models table is there "
                        + "twice (names are compared without case); rename a cell or synapse of the circuit file");
            }
        }
    }

    private static Schema read(String resource) {
        try (InputStream in = TableSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource " + resource + " is missing from the build");
            }
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
