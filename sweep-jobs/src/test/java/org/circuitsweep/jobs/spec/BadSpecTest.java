package org.circuitsweep.jobs.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Every malformed spec under {@code bad-specs/} is refused with a one-line message that starts
 * with the file and the field path and says what is allowed. {@code bad-specs/index.csv} lists
 * each file with its field path and a fragment of the expected message.
 */
class BadSpecTest {

    private static final Path DIR = resource("/bad-specs");

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/bad-specs/index.csv", delimiter = '|')
    void refusedWithOneLineMessageNamingTheField(String file, String fieldPath, String fragment) {
        Path spec = DIR.resolve(file);

        assertThatThrownBy(() -> SpecLoader.load(spec))
                .isInstanceOf(SpecException.class)
                .satisfies(e -> assertThat(e.getMessage())
                        .startsWith(spec + ": " + fieldPath + ": ")
                        .contains(fragment)
                        .doesNotContain("\n", "\r"));
    }

    @Test
    void indexListsEveryBadSpec() throws IOException {
        List<String> indexed = Files.readAllLines(DIR.resolve("index.csv")).stream().skip(1)
                .map(line -> line.substring(0, line.indexOf('|')).strip()).toList();
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> specs = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).toList();
            assertThat(indexed).hasSizeGreaterThanOrEqualTo(20).containsExactlyInAnyOrderElementsOf(specs);
        }
    }

    @Test
    void missingFileIsASpecException() {
        Path missing = DIR.resolve("no-such-spec.yaml");

        assertThatThrownBy(() -> SpecLoader.load(missing))
                .isInstanceOf(SpecException.class)
                .hasMessage(missing + ": (top level): no such file");
    }

    private static Path resource(String name) {
        try {
            return Path.of(BadSpecTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
