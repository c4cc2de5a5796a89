package org.circuitsweep.jobs.io;

import static org.circuitsweep.jobs.io.ManifestJson.instant;
import static org.circuitsweep.jobs.io.ManifestJson.number;
import static org.circuitsweep.jobs.io.ManifestJson.positiveInt;
import static org.circuitsweep.jobs.io.ManifestJson.text;
import static org.circuitsweep.jobs.io.ManifestJson.texts;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The contents of {@code _experiment.json}: what makes a directory an experiment output and what
 * a later run or resume must agree with. Written once, first, when the output is created: after
 * the selection query has run (the unit count depends on it) and before anything else.
 *
 * @param experimentId    the value of the experiment_id column (name and 12 hex digits)
 * @param name            experiment name
 * @param specHash        SHA-256 of the experiment's canonical form, 64 hex digits
 * @param baseSweepId     the base sweep's sweep_id
 * @param baseSpecHash    the base sweep's spec hash
 * @param baseLocation    the base sweep's output directory as a qualified URI, for readers
 * @param perturbations   the perturbation arguments as written, one per condition
 * @param selected        base variants selected by the condition
 * @param levels          perturbation levels over all conditions: units = selected × levels
 * @param selectionSha256 SHA-256 of the selected variant indices (8 bytes each, big-endian, ascending)
 * @param chunkSize       units per chunk file
 * @param chunkCount      ceil(units / chunkSize)
 * @param engineVersion   the version of circuit-sweep that created the output
 * @param createdAt       when the output was created
 */
public record ExperimentManifest(String experimentId, String name, String specHash, String baseSweepId,
                                 String baseSpecHash, String baseLocation, List<String> perturbations, long selected,
                                 int levels, String selectionSha256, int chunkSize, int chunkCount,
                                 String engineVersion, Instant createdAt) {

    /** Bumped when the layout of an experiment output changes incompatibly. */
    public static final int FORMAT_VERSION = 1;

    public ExperimentManifest {
        perturbations = List.copyOf(perturbations);
        if (selected < 1 || levels < 1 || chunkSize < 1 || chunkCount != (selected * levels - 1) / chunkSize + 1) {
            throw new IllegalArgumentException("inconsistent chunking: " + selected + " variants × " + levels
                    + " levels, chunk size " + chunkSize + ", " + chunkCount + " chunks");
        }
    }

    /** Units of the experiment: every selected variant under every level. */
    public long unitCount() {
        return selected * levels;
    }

    byte[] toJson() {
        ObjectNode n = ManifestJson.object(FORMAT_VERSION);
        n.put("experiment_id", experimentId);
        n.put("name", name);
        n.put("spec_hash", specHash);
        n.put("base_sweep_id", baseSweepId);
        n.put("base_spec_hash", baseSpecHash);
        n.put("base_location", baseLocation);
        perturbations.forEach(n.putArray("perturbations")::add);
        n.put("selected", selected);
        n.put("levels", levels);
        n.put("unit_count", unitCount());
        n.put("selection_sha256", selectionSha256);
        n.put("chunk_size", chunkSize);
        n.put("chunk_count", chunkCount);
        n.put("engine_version", engineVersion);
        n.put("created_at", createdAt.toString());
        return ManifestJson.bytes(n);
    }

    /** Parses a manifest; any defect is an IllegalArgumentException whose message names the field. */
    static ExperimentManifest fromJson(byte[] bytes) {
        JsonNode n = ManifestJson.parse(bytes, FORMAT_VERSION);
        List<String> perturbations = texts(n, "perturbations", true);
        Instant created = instant(n, "created_at");
        ExperimentManifest m = new ExperimentManifest(text(n, "experiment_id"), text(n, "name"), text(n, "spec_hash"),
                text(n, "base_sweep_id"), text(n, "base_spec_hash"), text(n, "base_location"), perturbations,
                number(n, "selected"), positiveInt(n, "levels"), text(n, "selection_sha256"), positiveInt(n, "chunk_size"),
                positiveInt(n, "chunk_count"), text(n, "engine_version"), created);
        if (number(n, "unit_count") != m.unitCount()) {
            throw new IllegalArgumentException("unit_count: is not selected × levels");
        }
        return m;
    }
}
