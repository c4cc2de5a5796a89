package org.circuitsweep.jobs.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.avro.Schema;
import org.circuitsweep.engine.channel.ChannelCatalog;

/**
 * The schemas of the {@code models}, {@code sweeps} and {@code tags} tables, read from the .avsc
 * files. The models schema of a sweep is the base schema with one non-nullable double column per
 * spec parameter inserted after {@code variant}, and the tags schema has one non-nullable boolean
 * column per user tag after {@code variant}, so the fixed columns stay defined once. The boolean
 * columns of the models base schema are the built-in tags. Thread-safe.
 */
public final class TableSchemas {

    public static final String SWEEP_ID = "sweep_id";
    public static final String VARIANT = "variant";
    public static final String CLASS = "class";
    public static final String STATUS = "status";

    private static final Pattern AVRO_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Schema MODELS_BASE = read("models.avsc");
    private static final Schema SWEEPS = read("sweeps.avsc");
    private static final Schema TAGS_BASE = read("tags.avsc");
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

    /** The built-in tags: the boolean columns of {@code models}, in column order. */
    public static List<String> builtInTags() {
        return MODELS_BASE.getFields().stream().filter(f -> f.schema().getType() == Schema.Type.BOOLEAN)
                .map(Schema.Field::name).toList();
    }

    /** What a built-in tag means: its column doc without the "Built-in tag" lead and the unit. */
    public static String builtInTagMeaning(String tag) {
        String doc = MODELS_BASE.getField(tag).doc();
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

    private static Schema.Field parameterField(String name) {
        if (!AVRO_NAME.matcher(name).matches() || MODELS_BASE.getField(name) != null) {
            throw new IllegalArgumentException("parameter '" + name + "' cannot be a column of models: a column name is "
                    + "[A-Za-z_][A-Za-z0-9_]* and not one of the fixed columns");
        }
        String doc = ChannelCatalog.parameter(name)
                .map(p -> "Swept parameter: " + p.description() + ". Unit: " + p.unit() + ".")
                .orElse("Swept parameter " + name + " of the model template, as written in the spec.");
        return new Schema.Field(name, Schema.create(Schema.Type.DOUBLE), doc);
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
