package org.circuitsweep.jobs.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.execution.SparkSqlParser;

/**
 * Reads an experiment spec: a YAML file whose only top-level key is {@code experiment:}, or the
 * options of {@code sweep experiment}, which are written out as such a file first so that both
 * are validated by the same code and {@code resume} reads the stored text. Every refusal is a
 * one-line {@link SpecException} naming the field (or the option). The condition is checked for
 * SQL syntax here; its columns, and the perturbations, are checked against the base sweep by the
 * job before anything is written. Stateless and thread-safe.
 */
public final class ExperimentSection {

    static final List<String> KEYS = List.of("name", "base", "where", "perturb", "recompute-baseline", "output",
            "chunk-size");
    public static final int DEFAULT_CHUNK_SIZE = 100;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final YAMLMapper WRITER = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS).build());

    private ExperimentSection() {
    }

    /** Whether spec text is an experiment spec (its top level has {@code experiment:}) rather than a sweep spec. */
    public static boolean isExperiment(String yamlText, String source) {
        JsonNode root = YamlReader.read(yamlText, source);
        return root != null && root.isObject() && root.has(ExperimentSpec.SECTION);
    }

    /** Reads and validates an experiment spec file; messages start with the path as given. */
    public static ExperimentSpec load(Path file) {
        return parse(SpecLoader.read(file), file.toString());
    }

    /** Validates experiment spec text. */
    public static ExperimentSpec parse(String yamlText, String source) {
        return parse(yamlText, source, false);
    }

    /**
     * The spec of {@code sweep experiment}'s options, validated as a file would be but with
     * messages that name the options.
     *
     * @param name      the name, or null for the output directory's name
     * @param chunkSize units per chunk, or null for the default
     */
    public static ExperimentSpec fromOptions(String name, String base, String where, List<String> perturb,
                                             boolean recomputeBaseline, String output, Integer chunkSize) {
        if (output == null || output.isBlank()) {
            throw SpecException.option("--output", "missing; give the experiment's output directory");
        }
        String resolvedName = name;
        if (resolvedName == null) {
            Path last = Path.of(output).normalize().getFileName();
            resolvedName = last == null ? "" : last.toString();
            if (!NAME.matcher(resolvedName).matches()) {
                throw SpecException.option("--name", "missing, and the output directory's name '" + resolvedName
                        + "' is not a name of letters, digits, '-' and '_'; give --name");
            }
        }
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("name", resolvedName);
        section.put("base", base);
        section.put("where", where);
        section.put("perturb", perturb);
        section.put("recompute-baseline", recomputeBaseline);
        section.put("output", output);
        section.put("chunk-size", chunkSize == null ? DEFAULT_CHUNK_SIZE : chunkSize);
        String text;
        try {
            text = "# Written by `sweep experiment` from its options; `sweep resume` reads it.\n"
                    + WRITER.writeValueAsString(Map.of(ExperimentSpec.SECTION, section));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the options as YAML", e);
        }
        return parse(text, "(options)", true);
    }

    private static ExperimentSpec parse(String yamlText, String source, boolean commandLine) {
        Field root = Field.root(source, YamlReader.read(yamlText, source));
        if (!root.present()) {
            throw root.error("empty spec; an experiment spec holds one section, experiment:");
        }
        root.keys(List.of(ExperimentSpec.SECTION));
        Field section = root.child(ExperimentSpec.SECTION).required("an experiment spec holds one section, experiment:");
        section.keys(KEYS);
        Reader r = new Reader(section, commandLine);
        String output = section.child("output").present() ? r.nonBlank("output") : null;
        String name = r.name(output);
        String base = r.nonBlank("base");
        String where = r.nonBlank("where");
        r.requireSqlCondition(where);
        List<String> perturb = r.perturbations();
        Field recompute = section.child("recompute-baseline");
        Field chunkSize = section.child("chunk-size");
        return new ExperimentSpec(name, base, where, perturb, recompute.present() && recompute.bool(),
                output != null ? output : "out/" + name,
                chunkSize.present() ? (int) r.integer("chunk-size", 1, SpecLoader.MAX_CHUNK_SIZE) : DEFAULT_CHUNK_SIZE,
                yamlText, source, commandLine);
    }

    /** Reads the section's fields, naming the option instead of the field for the command line. */
    private record Reader(Field section, boolean commandLine) {

        SpecException error(String key, Field field, String problem) {
            return commandLine ? SpecException.option(key.equals("base") ? "BASE" : "--" + key, problem)
                    : field.error(problem);
        }

        String nonBlank(String key) {
            Field f = section.child(key);
            if (!f.present()) {
                throw error(key, f, "missing; required");
            }
            String text;
            try {
                text = f.text();
            } catch (SpecException e) {
                throw commandLine ? error(key, f, "expected text") : e;
            }
            if (text.isBlank()) {
                throw error(key, f, "blank; expected text");
            }
            return text;
        }

        String name(String output) {
            Field f = section.child("name");
            String name;
            if (f.present()) {
                name = nonBlank("name");
            } else if (output != null && Path.of(output).normalize().getFileName() != null) {
                name = Path.of(output).normalize().getFileName().toString();
            } else {
                throw error("name", f, "missing; required unless output is given (the name is then the output "
                        + "directory's)");
            }
            if (!NAME.matcher(name).matches()) {
                throw error("name", f, "'" + name + "' may use only letters, digits, '-' and '_'");
            }
            return name;
        }

        long integer(String key, long min, long max) {
            Field f = section.child(key);
            try {
                return f.integer(min, max);
            } catch (SpecException e) {
                throw commandLine ? error(key, f, "not an integer in " + min + ".." + max) : e;
            }
        }

        List<String> perturbations() {
            Field f = section.child("perturb");
            String expected = "one or more perturbations such as 'gA*=0' or 'temperature=11..21:2'";
            if (!f.present()) {
                throw error("perturb", f, "missing; give " + expected);
            }
            List<Field> items = f.node().isArray() ? f.elements() : List.of(f);
            if (items.isEmpty()) {
                throw error("perturb", f, "empty; give " + expected);
            }
            List<String> texts = new ArrayList<>();
            for (Field item : items) {
                String text = item.text();
                if (text.isBlank()) {
                    throw error("perturb", item, "blank; give " + expected);
                }
                texts.add(text.strip());
            }
            return texts;
        }

        /** Spark's own expression parser, so that what passes here is what the selection query parses. */
        void requireSqlCondition(String where) {
            try {
                new SparkSqlParser().parseExpression(where);
            } catch (Exception e) { // Scala does not declare the checked ParseException
                if (!(e instanceof ParseException)) {
                    throw e;
                }
                throw error("where", section.child("where"), "not a valid SQL condition: " + firstLine(e.getMessage()));
            }
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }
}
