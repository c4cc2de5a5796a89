package org.circuitsweep.jobs.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tags file without Spark: definitions in the footer, publish by rename, refusal of a foreign file. */
class TagTableTest {

    private static final TagDefinition BIG = new TagDefinition("big", "gNa >= 400", TagDefinition.Source.SPEC);
    private static final TagDefinition FAST = new TagDefinition("fast", " spike_rate_hz > 20\n", TagDefinition.Source.ADDED);

    @TempDir
    java.nio.file.Path tmp;

    private final Configuration conf = new Configuration();

    TagTableTest() {
        conf.set("fs.file.impl", RawLocalFileSystem.class.getName()); // as SweepSparkConf: no .crc files
    }

    private TagTable table() {
        return new TagTable(new Path(tmp.resolve("tags").toUri()), conf);
    }

    @Test
    void aPublishedFileHoldsItsDefinitionsAndRowCountInTheFooter() {
        try (TagTable.Writer w = table().create(List.of(BIG, FAST))) {
            for (long v = 0; v < 5; v++) {
                w.write(v, new boolean[] {v % 2 == 0, v > 2});
            }
            w.publish();
        }
        assertThat(table().read()).contains(new TagTable.Stored(List.of(BIG, FAST), 5));
        assertThat(FAST.expression()).isEqualTo("spike_rate_hz > 20");
        assertThat(table().definitions(List.of(BIG))).containsExactly(BIG, FAST);
        assertThat(hidden()).isEmpty();
    }

    @Test
    void anUnpublishedVersionLeavesTheOldFileAndTheNextWriteRemovesItsTemporaryFile() throws IOException {
        try (TagTable.Writer w = table().create(List.of(BIG))) {
            w.write(0, new boolean[] {true});
            w.publish();
        }
        TagTable.Writer abandoned = table().create(List.of(BIG, FAST)); // as a killed process leaves it
        abandoned.write(0, new boolean[] {true, true});
        assertThat(table().read()).contains(new TagTable.Stored(List.of(BIG), 1));
        assertThat(hidden()).hasSize(1);

        try (TagTable.Writer w = table().create(List.of(FAST))) {
            assertThat(hidden()).as("only the new temporary file").hasSize(1);
            w.write(0, new boolean[] {false});
        }
        assertThat(hidden()).isEmpty();
        assertThat(table().read()).contains(new TagTable.Stored(List.of(BIG), 1));
        abandoned.close();
    }

    @Test
    void noFileIsNoTagAndAForeignFileIsRefusedInOneLine() throws IOException {
        assertThat(table().read()).isEmpty();
        Files.createDirectories(tmp.resolve("tags"));
        Files.writeString(tmp.resolve("tags/tags.parquet"), "not parquet");
        assertThatThrownBy(() -> table().read()).isInstanceOf(OutputException.class)
                .hasMessageContaining("tags.parquet: is not a readable Parquet file").hasMessageNotContaining("\n");
    }

    private List<java.nio.file.Path> hidden() {
        try (var files = Files.list(tmp.resolve("tags"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
