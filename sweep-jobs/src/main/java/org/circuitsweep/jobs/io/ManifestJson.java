package org.circuitsweep.jobs.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON form shared by the manifests of sweep and experiment outputs: an indented object that
 * starts with its {@code format_version}, and readers whose every defect is an
 * IllegalArgumentException naming the field, so a damaged manifest is refused in one line.
 */
final class ManifestJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestJson() {
    }

    /** A new manifest object holding its format version. */
    static ObjectNode object(int formatVersion) {
        ObjectNode n = JSON.createObjectNode();
        n.put("format_version", formatVersion);
        return n;
    }

    static byte[] bytes(ObjectNode n) {
        try {
            return JSON.writeValueAsString(n).concat("\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses a manifest object and checks that this build reads its format version. */
    static JsonNode parse(byte[] bytes, int formatVersion) {
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
        if (format != formatVersion) {
            throw new IllegalArgumentException("format_version " + format + " is not supported; this build reads " + formatVersion);
        }
        return n;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(field + ": missing or not a string");
        }
        return v.asText();
    }

    static int positiveInt(JsonNode n, String field) {
        long v = number(n, field);
        if (v < 1 || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(field + ": " + v + " is outside [1, " + Integer.MAX_VALUE + "]");
        }
        return (int) v;
    }

    static long number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToLong() || !v.isIntegralNumber()) {
            throw new IllegalArgumentException(field + ": missing or not an integer");
        }
        return v.asLong();
    }

    static Instant instant(JsonNode n, String field) {
        try {
            return Instant.parse(text(n, field));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": not an ISO-8601 instant");
        }
    }

    /** A list of strings; {@code nonEmpty} also refuses an empty one. */
    static List<String> texts(JsonNode n, String field, boolean nonEmpty) {
        JsonNode list = n.get(field);
        if (list == null || !list.isArray() || (nonEmpty && list.isEmpty())) {
            throw new IllegalArgumentException(field + (nonEmpty ? ": missing or not a non-empty list" : ": missing or not a list"));
        }
        List<String> values = new ArrayList<>();
        list.forEach(v -> values.add(v.asText()));
        return values;
    }
}
