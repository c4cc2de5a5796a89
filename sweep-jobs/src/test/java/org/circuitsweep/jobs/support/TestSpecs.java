package org.circuitsweep.jobs.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The specs under src/test/resources/specs, as text or as files written where a test wants them. */
public final class TestSpecs {

    /** 60 random variants in chunks of 8, duration 600 ms: the spec of most tests. */
    public static final String TINY = "tiny-random.yaml";
    /** 24 variants around AB/PD 2, 4 s each, one parameter of each kind (uniform, log-uniform, grid, fixed): the report's. */
    public static final String REPORT = "tiny-report.yaml";

    private TestSpecs() {
    }

    public static String text(String name) {
        try (InputStream in = TestSpecs.class.getResourceAsStream("/specs/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test spec " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes spec {@code name} to {@code dir}, with {@code chunk-size} replaced when it is positive. */
    public static Path write(String name, Path dir, int chunkSize) {
        String text = text(name);
        if (chunkSize > 0) {
            String changed = text.replaceFirst("(?m)^chunk-size: \\d+$", "chunk-size: " + chunkSize);
            if (changed.equals(text) && !text.contains("chunk-size: " + chunkSize)) {
                throw new IllegalArgumentException(name + " has no chunk-size line");
            }
            text = changed;
        }
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
