package org.circuitsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.circuitsweep.jobs.spec.SpecLoader;
import org.circuitsweep.jobs.support.Cli;
import org.circuitsweep.jobs.support.OutputCopies;
import org.circuitsweep.jobs.support.ReferenceRuns;
import org.circuitsweep.jobs.support.TestSpecs;
import org.circuitsweep.jobs.support.TreeHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs that run and resume must refuse: one line on stderr naming the path, exit code 2, and
 * the directory byte-for-byte as it was.
 */
class RefusalTest {

    @TempDir
    Path tmp;

    @Test
    void aForeignDirectoryIsRefusedAndLeftUnchanged() throws IOException {
        Path foreign = Files.createDirectories(tmp.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        Files.write(Files.createDirectories(foreign.resolve("data")).resolve("x.bin"), new byte[] {1, 2, 3});
        Map<String, String> before = TreeHash.of(foreign);

        Cli.Result run = Cli.run("run", spec().toString(), "--output", foreign.toString());
        assertRefusedOneLine(run, foreign.toString(), "not a sweep output");
        Cli.Result resume = Cli.run("resume", foreign.toString());
        assertRefusedOneLine(resume, foreign.toString(), "not a sweep output");
        assertThat(TreeHash.of(foreign)).isEqualTo(before);
    }

    @Test
    void aGarbageManifestIsRefusedAndLeftUnchanged() throws IOException {
        Path out = copyOfReference();
        Files.writeString(out.resolve("_sweep.json"), "{\"sweep_id\": 3, garbage");
        Map<String, String> before = TreeHash.of(out);

        assertRefusedOneLine(Cli.run("run", spec().toString(), "--output", out.toString()), "_sweep.json",
                "not a valid sweep manifest");
        assertRefusedOneLine(Cli.run("resume", out.toString()), "_sweep.json", "not a valid sweep manifest");
        assertRefusedOneLine(Cli.run("query", out.toString(), "SELECT 1"), "_sweep.json", "not a valid sweep manifest");
        assertThat(TreeHash.of(out)).isEqualTo(before);
    }

    @Test
    void aTruncatedChunkIsRefusedAndLeftUnchanged() throws IOException {
        Path out = copyOfReference();
        Path chunk = out.resolve("models/chunk-00003.parquet");
        try (RandomAccessFile f = new RandomAccessFile(chunk.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        Map<String, String> before = TreeHash.of(out);

        assertRefusedOneLine(Cli.run("resume", out.toString()), "chunk-00003.parquet", "not a readable Parquet chunk");
        assertThat(TreeHash.of(out)).isEqualTo(before);
    }

    @Test
    void aStrayFileAmongTheChunksIsRefused() throws IOException {
        Path out = copyOfReference();
        Files.writeString(out.resolve("models/chunk-00099.parquet"), "not mine");
        Map<String, String> before = TreeHash.of(out);

        assertRefusedOneLine(Cli.run("resume", out.toString()), "chunk-00099.parquet", "unexpected entry");
        assertThat(TreeHash.of(out)).isEqualTo(before);
    }

    @Test
    void anotherSpecIsRefusedNamingBothHashesAndTheOutputIsLeftUnchanged() throws IOException {
        Path out = copyOfReference();
        Path other = Files.writeString(tmp.resolve("other.yaml"),
                TestSpecs.text(TestSpecs.TINY).replace("seed: 20240611", "seed: 20240612"));
        Map<String, String> before = TreeHash.of(out);
        String oldHash = SpecLoader.load(spec()).hash();
        String newHash = SpecLoader.load(other).hash();
        assertThat(newHash).isNotEqualTo(oldHash);

        Cli.Result r = Cli.run("run", other.toString(), "--output", out.toString());
        assertRefusedOneLine(r, oldHash, newHash);
        assertThat(TreeHash.of(out)).isEqualTo(before);
    }

    @Test
    void badSpecsPathsAndOptionsAreOneLineUserErrors() {
        assertRefusedOneLine(Cli.run("run", tmp.resolve("missing.yaml").toString()), "missing.yaml", "no such file");
        assertRefusedOneLine(Cli.run("run", spec().toString(), "--max-chunks", "0"), "--max-chunks", ">= 1");
        assertRefusedOneLine(Cli.run("run", spec().toString(), "--bogus"), "--bogus", "--help");
        assertRefusedOneLine(Cli.run("run", spec().toString(), "--master", "yarn"), "--master: 'yarn'", "spark://HOST:PORT");
        assertRefusedOneLine(Cli.run("resume"), "DIR", "--help");
        assertRefusedOneLine(Cli.run("query", tmp.toString(), "SELECT 1", "--format", "xml"), "xml", "table, csv, json");
        assertRefusedOneLine(Cli.run(), "missing command", "run, resume, query");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] args : new String[][] {{"--help"}, {"run", "--help"}, {"resume", "--help"}, {"query", "--help"}}) {
            Cli.Result r = Cli.run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).startsWith("Usage: sweep");
        }
    }

    private Path spec() {
        return TestSpecs.write(TestSpecs.TINY, tmp.resolve("spec"), 0);
    }

    private Path copyOfReference() {
        return OutputCopies.copy(ReferenceRuns.of(TestSpecs.TINY).output(), tmp.resolve("copy"));
    }

    static void assertRefusedOneLine(Cli.Result r, String mentions, String alsoMentions) {
        assertThat(r.exit()).as("exit code; stderr: %s", r.err()).isEqualTo(2);
        assertThat(r.errLines()).as("stderr").hasSize(1);
        assertThat(r.errLines().get(0)).contains(mentions).contains(alsoMentions);
        assertThat(r.out()).isEmpty();
    }
}
