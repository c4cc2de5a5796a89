package org.circuitsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.circuitsweep.jobs.support.Tags.count;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.circuitsweep.jobs.support.ChildProcess;
import org.circuitsweep.jobs.support.Cli;
import org.circuitsweep.jobs.support.Tags;
import org.circuitsweep.jobs.support.TreeHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code sweep tag --replace} process killed (SIGKILL) while it writes the new tags file:
 * the sweep stays readable and complete, the old tag whole, and the next {@code sweep tag} works.
 */
class TagAfterKillTest {

    private static final String OLD = "class = 'irregular' AND spike_rate_hz < 30";
    /**
     * Slow on purpose, so that the kill lands while the file is written: a fold over two million
     * numbers per row (the bound depends on the row, so the optimizer cannot fold it to a constant).
     */
    private static final String SLOW = "spike_rate_hz < 15 AND aggregate(sequence(1, 2000000 + spikes), 0L, "
            + "(a, x) -> a + x) > 0";

    @TempDir
    Path tmp;

    @Test
    void aKilledReplaceLeavesTheOldTagsWholeAndTheSweepReadable() throws Exception {
        Path out = Tags.copyOfReference(tmp);
        assertThat(Cli.run("tag", out.toString(), "slow_irregular", OLD).exit()).isZero();
        long old = count(out, "models", "slow_irregular");
        Map<String, String> before = TreeHash.of(out);

        Process child = ChildProcess.logTo(ChildProcess.cli(tmp, "tag", out.toString(), "slow_irregular", SLOW,
                "--replace"), tmp.resolve("logs"), "tag").start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (child.isAlive() && newTagsFiles(out) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(200); // well inside the computation of the values, which takes seconds
        assertThat(child.isAlive()).as("the child was still writing; stderr: %s",
                Files.readString(tmp.resolve("logs/tag.err"))).isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(newTagsFiles(out)).as("the unfinished file, hidden").isOne();
        Map<String, String> after = TreeHash.of(out);
        after.keySet().removeIf(k -> k.startsWith("tags/.tags.parquet.tmp-"));
        assertThat(after).as("everything else as before the kill").isEqualTo(before);
        assertThat(count(out, "models", "true")).isEqualTo(24);
        assertThat(count(out, "models", "slow_irregular")).isEqualTo(old);
        assertThat(Cli.run("tag", out.toString(), "--list").out()).contains(OLD);

        Cli.Result again = Cli.run("tag", out.toString(), "slow_irregular", "spike_rate_hz < 15", "--replace");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(newTagsFiles(out)).as("the next write removed the unfinished file").isZero();
        assertThat(count(out, "models", "slow_irregular")).isEqualTo(count(out, "models", "spike_rate_hz < 15"));
    }

    /** Hidden temporary tags files: written by a tagging process that has not published them. */
    private static int newTagsFiles(Path out) {
        String[] names = new File(out.toFile(), "tags").list((d, n) -> n.startsWith(".tags.parquet.tmp-"));
        return names == null ? 0 : names.length;
    }
}
