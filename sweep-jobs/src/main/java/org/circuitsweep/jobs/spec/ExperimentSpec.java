package org.circuitsweep.jobs.spec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A validated virtual experiment: which variants of a finished sweep to select and which
 * perturbations to simulate each of them under. Read from an {@code experiment:} section of a
 * YAML file or from the options of {@code sweep experiment} (which are written out as such a
 * section, so that {@code resume} reads every experiment the same way). Built only by
 * {@link ExperimentSection}. Immutable and thread-safe.
 *
 * @param name              experiment name ([A-Za-z0-9_-]+)
 * @param base              the base sweep's output directory, as written (relative to the working directory)
 * @param where             a Spark SQL condition on the base's models table (its user tags included)
 * @param perturbations     one text per condition, each a perturbation or a series of levels
 * @param recomputeBaseline whether each selected variant is also simulated unperturbed and checked
 *                          against its stored row, bit for bit
 * @param output            the output directory as written
 * @param chunkSize         units per chunk (one Parquet file and one Spark task each)
 * @param text              the YAML text (as written, or generated from the options)
 * @param source            where the text came from, for messages
 * @param commandLine       whether the fields came from options (messages then name the options)
 */
public record ExperimentSpec(String name, String base, String where, List<String> perturbations,
                             boolean recomputeBaseline, String output, int chunkSize, String text, String source,
                             boolean commandLine) {

    /** The top-level key of an experiment spec. */
    public static final String SECTION = "experiment";

    private static final String CHUNK_SIZE = "chunk-size";
    private static final String RECOMPUTE = "recompute-baseline";

    public ExperimentSpec {
        perturbations = List.copyOf(perturbations);
    }

    /**
     * A field that cannot be used: {@code --key: problem} for options ({@code BASE: problem} for the
     * base, a parameter), {@code file: experiment.key: problem} otherwise.
     */
    public SpecException error(String key, String problem) {
        return commandLine ? SpecException.option(key.equals("base") ? "BASE" : "--" + key, problem)
                : new SpecException(source, SECTION + "." + key, problem);
    }

    /** A perturbation that cannot be used, naming it by its position (file) or its text (options). */
    public SpecException perturbError(int index, String problem) {
        String named = "perturbation '" + perturbations.get(index) + "': "; // said already
        problem = problem.startsWith(named) ? problem.substring(named.length()) : problem;
        return commandLine ? SpecException.option("--perturb '" + perturbations.get(index) + "'", problem)
                : new SpecException(source, SECTION + ".perturb[" + index + "]", problem);
    }

    /**
     * One line per fact that determines the rows and their chunks: the base sweep by its spec hash
     * and id (not its path), the condition, the perturbations as written, the baseline check and
     * the chunk size. What the spec hash is taken of.
     */
    public String canonicalForm(String baseSpecHash, String baseSweepId) {
        StringBuilder out = new StringBuilder();
        line(out, "engine", SweepSpec.ENGINE_VERSION);
        line(out, "experiment", name);
        line(out, "base-spec-hash", baseSpecHash);
        line(out, "base-sweep-id", baseSweepId);
        line(out, "where", where.replaceAll("\\R", " "));
        for (int i = 0; i < perturbations.size(); i++) {
            line(out, "perturb " + i, perturbations.get(i).replaceAll("\\R", " "));
        }
        line(out, RECOMPUTE, Boolean.toString(recomputeBaseline));
        line(out, CHUNK_SIZE, Integer.toString(chunkSize));
        return out.toString();
    }

    /** SHA-256 (hex) of {@link #canonicalForm}. */
    public String hash(String baseSpecHash, String baseSweepId) {
        return sha256(canonicalForm(baseSpecHash, baseSweepId));
    }

    /**
     * {@code <name>-<12 hex digits>} of the canonical form without the chunk size and the baseline
     * check, which do not change a row: the experiment_id every row carries.
     */
    public String experimentId(String baseSpecHash, String baseSweepId) {
        String rows = canonicalForm(baseSpecHash, baseSweepId).lines()
                .filter(l -> !l.startsWith(CHUNK_SIZE + ":") && !l.startsWith(RECOMPUTE + ":"))
                .map(l -> l + "\n").collect(Collectors.joining());
        return name + "-" + sha256(rows).substring(0, 12);
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append(": ").append(value).append('\n');
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
