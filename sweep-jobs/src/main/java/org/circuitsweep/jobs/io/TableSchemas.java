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
 * The schemas of the {@code models}, {@code sweeps} and {@code tags} tables, read from the .avsc
 * files. The models table of a neuron sweep is models.avsc with one non-nullable double column per
 * spec parameter inserted after {@code variant}, so the fixed columns stay defined once. The models
 * table of a prinz2004-pyloric sweep is network-models.avsc as it is; that of a circuit sweep is
 * derived from it (see {@link #circuitNetworks}). In every models table the boolean columns are the
 * built-in tags. The tags table has one non-nullable boolean column per user tag after
 * {@code variant}. The experiments table of a virtual experiment is experiments.avsc with columns
 * derived from its base sweep's models table ({@link #experiments}). Thread-safe.
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
    private static final Schema TAGS_BASE = read("tags.avsc");
    private static final Schema EXPERIMENTS_BASE = read("experiments.avsc");
    private static final String BUILT_IN_TAG_DOC = "Built-in tag: ";

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

    /** The built-in tags of a models table: its boolean columns, in column order. */
    public static List<String> builtInTags(Schema models) {
        return models.getFields().stream().filter(f -> f.schema().getType() == Schema.Type.BOOLEAN)
                .map(Schema.Field::name).toList();
    }

    /** What a built-in tag of {@code models} means: its column doc without the "Built-in tag" lead and the unit. */
    public static String builtInTagMeaning(Schema models, String tag) {
        String doc = models.getField(tag).doc();
        return doc.substring(doc.indexOf(BUILT_IN_TAG_DOC) + BUILT_IN_TAG_DOC.length(), doc.lastIndexOf(" Unit:"));
    }

    /** The {@code tags} table of the user tags {@code tags}: variant, then one boolean per tag in that order. */
    public static Schema tags(List<TagDefinition> tags) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field f : TAGS_BASE.getFields()) {
            fields.add(new Schema.Field(f, f.schema()));
        }
        for (TagDefinition t : tags) {
            fields.add(new Schema.Field(t.name(), Schema.create(Schema.Type.BOOLEAN), "User tag (" + t.source().label()
                    + "): " + t.expression() + "; NULL counts as false. Unit: none (flag)."));
        }
        return Schema.createRecord(TAGS_BASE.getName(), TAGS_BASE.getDoc(), TAGS_BASE.getNamespace(), false, fields);
    }

    /**
     * The {@code experiments} table of an experiment on a sweep whose models table is
     * {@code baseModels}: the fixed columns of experiments.avsc, then {@code T_before} and
     * {@code T_after} per built-in tag T and {@code F_before}, {@code F_after} and {@code F_delta}
     * per main feature F ({@link ExperimentColumns}), each with the base column's meaning and unit.
     */
    public static Schema experiments(Schema baseModels) {
        ExperimentColumns columns = ExperimentColumns.of(baseModels);
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field f : EXPERIMENTS_BASE.getFields()) {
            fields.add(new Schema.Field(f, f.schema()));
        }
        for (String tag : columns.tags()) {
            String meaning = builtInTagMeaning(baseModels, tag);
            fields.add(new Schema.Field(ExperimentColumns.before(tag), Schema.create(Schema.Type.BOOLEAN),
                    "Built-in tag " + tag + " of the base variant as stored: " + meaning + " Unit: none (flag)."));
            fields.add(new Schema.Field(ExperimentColumns.after(tag), Schema.create(Schema.Type.BOOLEAN),
                    "Built-in tag " + tag + " of the perturbed variant: " + meaning + " Unit: none (flag)."));
        }
        for (String feature : columns.features()) {
            Schema.Field base = baseModels.getField(feature);
            String doc = base.doc() == null ? feature : base.doc();
            String unit = doc.contains(" Unit:") ? doc.substring(doc.lastIndexOf(" Unit:")) : "";
            String meaning = doc.contains(" Unit:") ? doc.substring(0, doc.lastIndexOf(" Unit:")) : doc;
            fields.add(nullableDouble(ExperimentColumns.before(feature), "Before the perturbation, as stored in the "
                    + "base models table: " + meaning + unit));
            fields.add(nullableDouble(ExperimentColumns.after(feature), "After the perturbation: " + meaning + unit));
            fields.add(nullableDouble(ExperimentColumns.delta(feature), feature + "_after - " + feature
                    + "_before; null when either is null." + unit));
        }
        requireUniqueColumns(fields);
        return Schema.createRecord(EXPERIMENTS_BASE.getName(), EXPERIMENTS_BASE.getDoc(), EXPERIMENTS_BASE.getNamespace(),
                false, fields);
    }

    /**
     * The {@code selection} table of an experiment: the columns of the base sweep's models table
     * as stored, under another record name and doc. It holds the selected base rows exactly.
     */
    public static Schema selection(Schema baseModels) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field f : baseModels.getFields()) {
            fields.add(new Schema.Field(f, f.schema()));
        }
        return Schema.createRecord("Selection", "Table 'selection' of an experiment (OUT/selection/selection.parquet): "
                + "the rows of the base sweep's models table that the experiment's condition selected, exactly as stored "
                + "there, ascending by variant; written once, before any unit is simulated. " + baseModels.getDoc(),
                baseModels.getNamespace(), false, fields);
    }

    /** The fixed columns of {@code experiments}. */
    public static Schema experimentsBase() {
        return EXPERIMENTS_BASE;
    }

    private static Schema.Field nullableDouble(String name, String doc) {
        return new Schema.Field(name, Schema.createUnion(Schema.create(Schema.Type.NULL), Schema.create(Schema.Type.DOUBLE)),
                doc, Schema.Field.NULL_DEFAULT_VALUE);
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
                throw new IllegalArgumentException("column '" + f.name() + "' of the " + (f.name().endsWith("_before")
                        || f.name().endsWith("_after") || f.name().endsWith("_delta") ? "experiments" : "circuit's models")
                        + " table is there twice (names are compared without case); rename a cell or synapse of the "
                        + "circuit file");
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
