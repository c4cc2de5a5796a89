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
 * The contents of {@code _sweep.json}: what makes a directory a sweep output and what a later run
 * or resume must agree with. Written once, first, when the output is created.
 *
 * @param sweepId        the value of the sweep_id column: the name and 12 hex digits of a hash of
 *                       what determines the rows (see {@code SweepJob})
 * @param name           sweep name from the spec
 * @param specHash       SHA-256 of the row-determining spec content, 64 hex digits
 * @param variantCount   N
 * @param chunkSize      variants per chunk file
 * @param chunkCount     ceil(N / chunkSize)
 * @param engineVersion  the version of circuit-sweep that created the output
 * @param parameterNames the parameter columns of {@code models}, in spec order
 * @param createdAt      when the output was created
 */
public record Manifest(String sweepId, String name, String specHash, long variantCount, int chunkSize, int chunkCount,
                       String engineVersion, List<String> parameterNames, Instant createdAt) {

    /** Bumped when the layout of an output changes incompatibly. */
    public static final int FORMAT_VERSION = 1;

    public Manifest {
        parameterNames = List.copyOf(parameterNames);
        if (variantCount < 1 || chunkSize < 1 || chunkCount != (variantCount - 1) / chunkSize + 1) {
            throw new IllegalArgumentException("inconsistent chunking: " + variantCount + " variants, chunk size "
                    + chunkSize + ", " + chunkCount + " chunks");
        }
    }

    byte[] toJson() {
        ObjectNode n = ManifestJson.object(FORMAT_VERSION);
        n.put("sweep_id", sweepId);
        n.put("name", name);
        n.put("spec_hash", specHash);
        n.put("variant_count", variantCount);
        n.put("chunk_size", chunkSize);
        n.put("chunk_count", chunkCount);
        n.put("engine_version", engineVersion);
        parameterNames.forEach(n.putArray("parameter_names")::add);
        n.put("created_at", createdAt.toString());
        return ManifestJson.bytes(n);
    }

    /** Parses a manifest; any defect is an IllegalArgumentException whose message names the field. */
    static Manifest fromJson(byte[] bytes) {
        JsonNode n = ManifestJson.parse(bytes, FORMAT_VERSION);
        List<String> names = texts(n, "parameter_names", false);
        Instant created = instant(n, "created_at");
        return new Manifest(text(n, "sweep_id"), text(n, "name"), text(n, "spec_hash"), number(n, "variant_count"),
                positiveInt(n, "chunk_size"), positiveInt(n, "chunk_count"),
                text(n, "engine_version"), names, created);
    }
}
