package org.circuitsweep.jobs.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns spec text into a Jackson tree, or into a one-line {@link SpecException}: Jackson's and
 * SnakeYAML's messages span several lines with source excerpts, which a command line should not
 * print, so only the problem, its line and column and the field being read are kept.
 */
final class YamlReader {

    /** Thread-safe once built; duplicate keys are refused (YAML forbids them, Jackson keeps the last). */
    private static final ObjectMapper MAPPER = new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private YamlReader() {
    }

    /** The document's root node, or null when the text holds no value (empty, or only comments). */
    static JsonNode read(String text, String source) {
        try {
            refuseAliases(text, source);
            return tree(text, source);
        } catch (JsonProcessingException e) {
            String path = e.getProcessor() instanceof JsonParser parser ? pathOf(parser) : Field.ROOT;
            throw new SpecException(source, path, problemOf(e));
        } catch (IOException e) {
            // Reading a String fails only through Jackson's own exceptions, caught above.
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(String text, String source) throws IOException {
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonNode root = MAPPER.readTree(parser);
            if (parser.nextToken() != null) {
                throw new SpecException(source, Field.ROOT, "a spec is one YAML document; found another at line "
                        + parser.currentLocation().getLineNr() + " (after '---')");
            }
            return root == null || root.isMissingNode() || root.isNull() ? null : root;
        }
    }

    /**
     * Jackson reads an alias ({@code *name}) as the text "name" instead of the anchored value,
     * which would pass silently where text is expected ({@code output}); so aliases are refused.
     */
    private static void refuseAliases(String text, String source) throws IOException {
        try (YAMLParser parser = (YAMLParser) MAPPER.createParser(text)) {
            while (parser.nextToken() != null) {
                if (parser.isCurrentAlias()) {
                    throw new SpecException(source, pathOf(parser), "YAML aliases (*" + parser.getText()
                            + ") are not supported; write the value out");
                }
            }
        }
    }

    private static String problemOf(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            Mark mark = yaml.getProblemMark();
            String context = yaml.getContext() == null ? "" : " " + firstLine(yaml.getContext());
            return "YAML syntax error at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": "
                    + firstLine(yaml.getProblem()) + context;
        }
        String problem = firstLine(e.getOriginalMessage()).replace("Duplicate field", "duplicate key");
        return e.getLocation() == null ? problem : problem + " at line " + e.getLocation().getLineNr();
    }

    /** The field the parser is at, in the dotted form of {@link Field#path()}. */
    private static String pathOf(JsonParser parser) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.addFirst("[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                parts.addFirst((c.getParent() == null || c.getParent().inRoot() ? "" : ".") + c.getCurrentName());
            }
        }
        return parts.isEmpty() ? Field.ROOT : String.join("", parts);
    }

    private static String firstLine(String text) {
        String trimmed = text == null ? "" : text.strip();
        int end = trimmed.indexOf('\n');
        return (end < 0 ? trimmed : trimmed.substring(0, end)).strip();
    }
}
