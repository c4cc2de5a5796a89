package org.circuitsweep.jobs.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Manifest {
        parameterNames = List.copyOf(parameterNames);
        if (variantCount < 1 || chunkSize < 1 || chunkCount != (variantCount - 1) / chunkSize + 1) {
            throw new IllegalArgumentException("inconsistent chunking: " + variantCount + " variants, chunk size "
                    + chunkSize + ", " + chunkCount + " chunks");
        }
    }

    byte[] toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("format_version", FORMAT_VERSION);
        n.put("sweep_id", sweepId);
        n.put("name", name);
        n.put("spec_hash", specHash);
        n.put("variant_count", variantCount);
        n.put("chunk_size", chunkSize);
        n.put("chunk_count", chunkCount);
        n.put("engine_version", engineVersion);
        parameterNames.forEach(n.putArray("parameter_names")::add);
        n.put("created_at", createdAt.toString());
        try {
            return JSON.writeValueAsString(n).concat("\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses a manifest; any defect is an IllegalArgumentException whose message names the field. */
    static Manifest fromJson(byte[] bytes) {
        JsonNode n;
        try {
            n = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        long format = number(n, "format_version");
        if (format != FORMAT_VERSION) {
            throw new IllegalArgumentException("format_version " + format + " is not supported; this build reads " + FORMAT_VERSION);
        }
        JsonNode params = n.get("parameter_names");
        if (params == null || !params.isArray()) {
            throw new IllegalArgumentException("parameter_names: missing or not a list");
        }
        List<String> names = new ArrayList<>();
        params.forEach(p -> names.add(p.asText()));
        Instant created;
        try {
            created = Instant.parse(text(n, "created_at"));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("created_at: not an ISO-8601 instant");
        }
        return new Manifest(text(n, "sweep_id"), text(n, "name"), text(n, "spec_hash"), number(n, "variant_count"),
                positiveInt(n, "chunk_size"), positiveInt(n, "chunk_count"),
                text(n, "engine_version"), names, created);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(field + ": missing or not a string");
        }
        return v.asText();
    }

    private static int positiveInt(JsonNode n, String field) {
        long v = number(n, field);
        if (v < 1 || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(field + ": " + v + " is outside [1, " + Integer.MAX_VALUE + "]");
        }
        return (int) v;
    }

    private static long number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToLong() || !v.isIntegralNumber()) {
            throw new IllegalArgumentException(field + ": missing or not an integer");
        }
        return v.asLong();
    }
}
