package org.circuitsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.circuitsweep.jobs.support.Cli;
import org.circuitsweep.jobs.support.TreeHash;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Every malformed spec of {@code bad-specs/} given to {@code sweep run}: exit code 2, one line on
 * stderr naming the field, nothing on stdout, and nothing written: neither the output directory
 * nor anything beside the spec.
 */
class BadSpecRunTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/bad-specs/index.csv", delimiter = '|')
    void runRefusesTheSpecAndWritesNothing(String file, String fieldPath, String fragment) throws Exception {
        Path spec = Files.copy(Path.of(BadSpecRunTest.class.getResource("/bad-specs/" + file).toURI()), tmp.resolve(file));
        Map<String, String> before = TreeHash.of(tmp);

        Cli.Result r = Cli.run("run", spec.toString(), "--output", tmp.resolve("out").toString());

        assertThat(r.exit()).as("exit code; stderr: %s", r.err()).isEqualTo(Main.USER_ERROR);
        assertThat(r.errLines()).singleElement().asString().contains(fieldPath + ": ").contains(fragment);
        assertThat(r.out()).isEmpty();
        assertThat(TreeHash.of(tmp)).isEqualTo(before);
    }
}
