package org.circuitsweep.jobs.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One node of a spec's YAML tree together with the path that names it in messages. The typed
 * accessors refuse what YAML would coerce silently elsewhere (numbers written as text, booleans
 * where numbers belong, nulls), so every message points at the field the user wrote.
 *
 * @param source the spec's file name, the first part of every message
 * @param path   the dotted path of this node, {@link #ROOT} for the document itself
 * @param node   the node, or null when the key is absent
 */
record Field(String source, String path, JsonNode node) {

    static final String ROOT = "(top level)";

    /** Larger integers cannot all be told apart in a double, so 1e20 is not taken as an integer. */
    private static final double EXACT_INTEGER_LIMIT = 0x1p53;

    static Field root(String source, JsonNode node) {
        return new Field(source, ROOT, node);
    }

    SpecException error(String problem) {
        return new SpecException(source, path, problem);
    }

    Field child(String key) {
        return new Field(source, ROOT.equals(path) ? key : path + "." + key, node == null ? null : node.get(key));
    }

    /** Whether the key is written at all (an empty or null value counts as written). */
    boolean present() {
        return node != null;
    }

    /** This field, or a "missing" error ending with {@code expected}, such as "allowed: grid, random". */
    Field required(String expected) {
        if (node == null) {
            throw error("missing; " + expected);
        }
        return this;
    }

    /** The keys of this mapping in file order, after refusing any key outside {@code allowed}. */
    List<String> keys(List<String> allowed) {
        return keys("key", allowed);
    }

    /** As {@link #keys(List)}, naming what the keys are ("parameter") in the message. */
    List<String> keys(String noun, List<String> allowed) {
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : mapping().node.properties()) {
            if (!allowed.contains(entry.getKey())) {
                throw child(entry.getKey()).error("unknown " + noun + "; allowed: " + String.join(", ", allowed));
            }
            keys.add(entry.getKey());
        }
        return keys;
    }

    Field mapping() {
        if (!requireValue("a mapping").isObject()) {
            throw error("expected a mapping (key: value lines or {key: value}), got " + describe(node));
        }
        return this;
    }

    List<Field> elements() {
        if (!requireValue("a list").isArray()) {
            throw error("expected a list such as [1, 2], got " + describe(node));
        }
        List<Field> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            elements.add(new Field(source, path + "[" + i + "]", node.get(i)));
        }
        return elements;
    }

    String text() {
        if (!requireValue("text").isTextual()) {
            throw error("expected text, got " + describe(node) + quoteHint());
        }
        return node.textValue();
    }

    /** A finite number; −0 becomes 0 so that equal specs print and hash alike. */
    double number() {
        if (!requireValue("a number").isNumber()) {
            throw error("expected a number, got " + describe(node) + unquoteHint());
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            // YAML's .inf and .nan fail in the parser; what reaches here is a literal beyond ±1.8e308.
            throw error("number too large; expected a finite number");
        }
        return value + 0.0;
    }

    /** An integer in [min, max]; an exponent form such as 1e6 is accepted when its value is a whole number. */
    long integer(long min, long max) {
        if (!requireValue("an integer").isNumber()) {
            throw error("expected an integer, got " + describe(node) + unquoteHint());
        }
        long value = exactLong();
        if (value < min || value > max) {
            throw error(value + " is out of range; allowed: " + min + ".." + max);
        }
        return value;
    }

    boolean bool() {
        if (!requireValue("true or false").isBoolean()) {
            throw error("expected true or false, got " + describe(node) + unquoteHint());
        }
        return node.booleanValue();
    }

    private long exactLong() {
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw error(node.asText() + " does not fit in a 64-bit integer");
            }
            return node.longValue();
        }
        double value = node.doubleValue();
        if (value != Math.rint(value) || Math.abs(value) > EXACT_INTEGER_LIMIT) {
            throw error("expected an integer, got " + describe(node));
        }
        return (long) value;
    }

    private JsonNode requireValue(String expected) {
        if (node == null) {
            throw error("missing; expected " + expected);
        }
        if (node.isNull() || node.isTextual() && node.textValue().isEmpty()) {
            throw error("no value; expected " + expected);
        }
        return node;
    }

    private String quoteHint() {
        return node.isValueNode() ? " (quote it: '" + node.asText() + "')" : "";
    }

    private String unquoteHint() {
        return node.isTextual() ? " (write numbers and booleans without quotes)" : "";
    }

    /** How a node is named in messages: its kind, and its value when it is a scalar. */
    static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "text '" + abbreviate(node.textValue()) + "'";
        }
        if (node.isNumber()) {
            return "number " + (node.isFloatingPointNumber() ? format(node.doubleValue()) : node.asText());
        }
        if (node.isBoolean()) {
            return "boolean " + node.booleanValue();
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.isObject() ? "a mapping" : node.getNodeType().name().toLowerCase();
    }

    /** Whole numbers without ".0", others in Java's shortest round-trip form. */
    static String format(double value) {
        boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
        return whole ? Long.toString((long) value) : Double.toString(value);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
