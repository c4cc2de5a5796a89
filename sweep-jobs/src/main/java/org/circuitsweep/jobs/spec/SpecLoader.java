package org.circuitsweep.jobs.spec;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.model.ParameterInfo;
import org.circuitsweep.engine.sample.Dimension;
import org.circuitsweep.engine.sample.SamplingMethod;
import org.circuitsweep.engine.sim.SimulationSettings;
import org.circuitsweep.jobs.io.TagDefinition;

/**
 * Loads a YAML sweep spec and validates it by hand, field by field, so that every refusal is a
 * one-line {@link SpecException} naming the file, the field and the allowed values. Stateless
 * and thread-safe.
 */
public final class SpecLoader {

    static final List<String> TOP_KEYS = List.of("name", "seed", "model", "cells", "circuit", "method", "count",
            "sample", "parameters", "simulation", "classifier", "tags", "output", "chunk-size");
    /** Beyond 1e10 variants a sweep would not finish on any cluster we have; larger is a typo. */
    static final long MAX_COUNT = 10_000_000_000L;
    static final int DEFAULT_CHUNK_SIZE = 500;
    static final int MAX_CHUNK_SIZE = 1_000_000;

    /** The name becomes a directory and a table value, so it is kept to characters safe in both. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final String NAME_RULE = "letters, digits, '-' and '_'";

    private SpecLoader() {
    }

    /** Reads and validates a spec file; messages start with the path as given. */
    public static SweepSpec load(Path file) {
        return parse(read(file), file.toString());
    }

    /** The text of a spec file (sweep or experiment), or a one-line refusal naming the path as given. */
    public static String read(Path file) {
        String source = file.toString();
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new SpecException(source, Field.ROOT, "no such file");
        } catch (CharacterCodingException e) {
            throw new SpecException(source, Field.ROOT, "not UTF-8 text");
        } catch (IOException e) {
            throw new SpecException(source, Field.ROOT, "cannot read the file: " + e.getMessage());
        }
    }

    /**
     * Validates spec text; a circuit file is read from the file system, relative to the working
     * directory, and cells selected from other sweeps stay unresolved ({@link SweepSpec#resolved()}).
     *
     * @param yamlText   the YAML text, kept in {@link SweepSpec#text()}
     * @param sourceName the name messages start with, usually the file name
     */
    public static SweepSpec parse(String yamlText, String sourceName) {
        return parse(yamlText, sourceName, SpecInputs.NONE);
    }

    /**
     * Validates spec text with what the driver found outside it: the circuit text (when not null)
     * instead of the file, and the selections of the selected cells.
     */
    public static SweepSpec parse(String yamlText, String sourceName, SpecInputs inputs) {
        Field root = Field.root(sourceName, YamlReader.read(yamlText, sourceName));
        if (!root.present()) {
            throw root.error("empty spec; required keys: name, seed, model, method, parameters");
        }
        root.keys(TOP_KEYS);
        String name = name(root.child("name"));
        long seed = root.child("seed").required("required: an integer").integer(Long.MIN_VALUE, Long.MAX_VALUE);
        ModelTemplate model = model(root.child("model"));
        List<CellSource> cells = onlyFor(model, ModelKind.PYLORIC, root.child("cells"))
                ? CellSection.read(root.child("cells"), inputs.selections()) : List.of();
        CircuitFile circuit = onlyFor(model, ModelKind.CIRCUIT, root.child("circuit"))
                ? circuit(root.child("circuit"), inputs.circuitText()) : null;
        if (circuit != null) {
            model = model.withParameters(circuit.parameters());
        }
        SamplingMethod method = method(root.child("method"));
        long count = count(root.child("count"), method);
        Subsample sample = sample(root.child("sample"), method);
        List<Dimension> parameters = ParameterSection.read(root.child("parameters"), model, method);
        if (model.kind() == ModelKind.PYLORIC) {
            parameters = inTemplateOrder(parameters, model);
        }
        SimulationSettings simulation = SimulationSection.read(root.child("simulation"), model.kind());
        Map<String, Double> classifier = classifier(root.child("classifier"));
        List<TagDefinition> tags = TagSection.read(root.child("tags"));
        Field output = root.child("output");
        Field chunkSize = root.child("chunk-size");
        SweepSpec spec = new SweepSpec(name, seed, model.name(), method, count, cells, circuit, parameters, sample,
                simulation, classifier, tags, output.present() ? output.text() : "out/" + name,
                chunkSize.present() ? (int) chunkSize.integer(1, MAX_CHUNK_SIZE) : DEFAULT_CHUNK_SIZE,
                yamlText);
        if (method == SamplingMethod.GRID && spec.resolved()) {
            ParameterSection.requireGridFitsInLong(root.child("parameters"), spec.dimensions());
            requireOffsetInGrid(root.child("sample"), sample, ParameterSection.gridSize(spec.dimensions()));
        }
        TagSection.requireNoColumnNames(root, spec);
        return spec;
    }

    /**
     * The user tags of spec text, checked as {@link #parse} checks them but without the rest of
     * the spec: what readers of a sweep output need, which do not resolve circuit files or cells
     * selected from other sweeps.
     */
    public static List<TagDefinition> tags(String yamlText, String sourceName) {
        return TagSection.read(Field.root(sourceName, YamlReader.read(yamlText, sourceName)).child("tags"));
    }

    /**
     * Whether a section that only {@code kind} has is there: required for that kind (the section's
     * reader says so when it is missing), refused for the others.
     */
    private static boolean onlyFor(ModelTemplate model, ModelKind kind, Field section) {
        if (model.kind() == kind) {
            return true;
        }
        if (section.present()) {
            throw section.error("not allowed with model " + model.name() + "; only with model "
                    + ModelTemplate.ALL.stream().filter(t -> t.kind() == kind).findFirst().orElseThrow().name());
        }
        return false;
    }

    /** The circuit file, read relative to the working directory unless the driver passed its text. */
    private static CircuitFile circuit(Field field, String knownText) {
        String path = field.required("required with model circuit: the path of a circuit file such as "
                + "configs/circuits/half-centre.yaml").text();
        if (knownText != null) {
            return CircuitFile.parse(path, knownText);
        }
        try {
            return CircuitFile.parse(path, Files.readString(Path.of(path)));
        } catch (NoSuchFileException e) {
            throw field.error("no such file '" + path + "' (relative to the working directory " + Path.of("").toAbsolutePath()
                    + ")");
        } catch (IOException | InvalidPathException e) {
            throw field.error("cannot read '" + path + "': " + e.getMessage());
        }
    }

    /**
     * The synapses of the pyloric template in template order, whatever order the spec lists them
     * in, so that a grid is numbered like Prinz's files and the random streams do not depend on the
     * order written.
     */
    private static List<Dimension> inTemplateOrder(List<Dimension> parameters, ModelTemplate model) {
        List<String> order = model.parameters().stream().map(ParameterInfo::name).toList();
        return parameters.stream().sorted(Comparator.comparingInt(d -> order.indexOf(d.name()))).toList();
    }

    private static String name(Field field) {
        String name = field.required("required: a name of " + NAME_RULE).text();
        if (!NAME.matcher(name).matches()) {
            throw field.error("'" + name + "' may use only " + NAME_RULE);
        }
        return name;
    }

    private static ModelTemplate model(Field field) {
        String label = field.required("allowed: " + ModelTemplate.names()).text();
        return ModelTemplate.byName(label).orElseThrow(
                () -> field.error("unknown '" + label + "'; allowed: " + ModelTemplate.names()));
    }

    private static SamplingMethod method(Field field) {
        String label = field.required("allowed: " + methodLabels()).text();
        return Arrays.stream(SamplingMethod.values()).filter(m -> m.label().equals(label)).findFirst().orElseThrow(
                () -> field.error("unknown '" + label + "'; allowed: " + methodLabels()));
    }

    private static String methodLabels() {
        return Arrays.stream(SamplingMethod.values()).map(SamplingMethod::label).collect(Collectors.joining(", "));
    }

    /** Random methods draw {@code count} variants; a grid has as many as its parameters' values allow. */
    private static long count(Field field, SamplingMethod method) {
        if (method == SamplingMethod.GRID) {
            if (field.present()) {
                throw field.error("not allowed with method grid, whose variant count is the product of the "
                        + "parameters' value counts; remove it or use a random method");
            }
            return 0;
        }
        if (!field.present()) {
            throw field.error("missing; required with method " + method.label()
                    + ": the number of variants, 1.." + MAX_COUNT);
        }
        return field.integer(1, MAX_COUNT);
    }

    /** A systematic sample of a grid ({@link Subsample}); random methods draw {@code count} variants instead. */
    private static Subsample sample(Field field, SamplingMethod method) {
        if (!field.present()) {
            return Subsample.WHOLE;
        }
        if (method != SamplingMethod.GRID) {
            throw field.error("allowed with method grid only; with method " + method.label()
                    + " choose the count instead");
        }
        field.keys(List.of("every", "offset"));
        long every = field.child("every").required("required: the stride, an integer >= 1")
                .integer(1, Long.MAX_VALUE);
        Field offset = field.child("offset");
        long first = offset.present() ? offset.integer(0, Long.MAX_VALUE) : 0;
        if (first >= every) {
            throw offset.error(first + " is not allowed; expected an integer in [0, " + every + ") (below every)");
        }
        return new Subsample(every, first);
    }

    private static void requireOffsetInGrid(Field field, Subsample sample, long gridSize) {
        if (sample.offset() >= gridSize) {
            throw field.child("offset").error(sample.offset() + " is not allowed; the grid has only " + gridSize
                    + " variants");
        }
    }

    /**
     * Threshold overrides by name, in file order, validated together (one rule relates two
     * thresholds). The thresholds' own message starts with the name it refuses, which gives the
     * field when that name was written in the spec.
     */
    private static Map<String, Double> classifier(Field field) {
        Map<String, Double> overrides = new LinkedHashMap<>();
        if (!field.present()) {
            return overrides;
        }
        for (String threshold : field.keys("threshold", ClassifierThresholds.names())) {
            overrides.put(threshold, field.child(threshold).number());
        }
        try {
            ClassifierThresholds.defaults().withOverrides(overrides);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            String refused = message.contains(" = ") ? message.substring(0, message.indexOf(" = ")) : "";
            throw (overrides.containsKey(refused) ? field.child(refused) : field).error(message);
        }
        return overrides;
    }
}
