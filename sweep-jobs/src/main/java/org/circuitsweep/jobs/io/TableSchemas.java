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
 * The schemas of the {@code models} and {@code sweeps} tables, read from the .avsc files. The models
 * schema of a sweep is the base schema with one non-nullable double column per spec parameter
 * inserted after {@code variant}, so the fixed columns stay defined once. Thread-safe.
 */
public final class TableSchemas {

    public static final String SWEEP_ID = "sweep_id";
    public static final String VARIANT = "variant";
    public static final String CLASS = "class";
    public static final String STATUS = "status";

    private static final Pattern AVRO_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Schema MODELS_BASE = read("models.avsc");
    private static final Schema SWEEPS = read("sweeps.avsc");

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
