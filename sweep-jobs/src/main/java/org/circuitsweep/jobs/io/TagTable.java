package org.circuitsweep.jobs.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.Type;

/**
 * The user tags of a sweep output, {@code OUT/tags/tags.parquet}: one row per {@code models} row
 * it covers, {@code variant} and one boolean column per tag (schema {@link TableSchemas#tags}).
 * The footer's key-value metadata {@value #METADATA_KEY} holds the definitions, so the values and
 * the expressions that made them always travel together; the file's row count is the number of
 * models rows it covers.
 *
 * <p>The file is never changed in place: a new version is written to a hidden temporary file in
 * the same directory and renamed over the old one ({@link AtomicFiles#replace}), so a reader sees
 * the old tags or the new ones, whole, and a process killed while tagging leaves the old file
 * and a hidden temporary file, which every reader skips and the next write deletes. Two writers
 * of one output at a time are not supported. Used on the driver; not thread-safe.
 */
public final class TagTable {

    static final String FILE = "tags.parquet";
    /** Footer key of the definitions: {@code {"tags": [{"name", "expression", "source"}, ...]}}. */
    static final String METADATA_KEY = "circuit-sweep.tags";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What a tags file holds.
     *
     * @param tags the definitions, in column order
     * @param rows the models rows the file covers (its row count)
     */
    public record Stored(List<TagDefinition> tags, long rows) {
        public Stored {
            tags = List.copyOf(tags);
        }
    }

    private final Path dir;
    private final Configuration conf;

    TagTable(Path dir, Configuration conf) {
        this.dir = dir;
        this.conf = conf;
    }

    public Path file() {
        return new Path(dir, FILE);
    }

    /** The stored tags, or empty when no tag was ever written. Reads the footer only. */
    public Optional<Stored> read() {
        ParquetMetadata footer;
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(file(), conf))) {
            footer = reader.getFooter();
        } catch (FileNotFoundException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            throw refused("is not a readable Parquet file (" + e.getMessage() + ")");
        }
        List<TagDefinition> tags = definitions(footer.getFileMetaData().getKeyValueMetaData().get(METADATA_KEY));
        List<String> columns = footer.getFileMetaData().getSchema().getFields().stream().map(Type::getName).toList();
        List<String> expected = TableSchemas.tags(tags).getFields().stream().map(Schema.Field::name).toList();
        if (!columns.equals(expected)) {
            throw refused("its columns " + columns + " are not those of its tags " + expected);
        }
        return Optional.of(new Stored(tags, footer.getBlocks().stream().mapToLong(BlockMetaData::getRowCount).sum()));
    }

    /**
     * The user tags of the output: those of its spec, then those added by {@code sweep tag} that
     * the file holds, in the order they were added.
     */
    public List<TagDefinition> definitions(List<TagDefinition> specTags) {
        List<TagDefinition> tags = new ArrayList<>(specTags);
        read().ifPresent(stored -> stored.tags().stream().filter(t -> t.source() == TagDefinition.Source.ADDED)
                .forEach(tags::add));
        return tags;
    }

    /**
     * Starts a new version of the file with {@code tags} as its columns; nothing is visible until
     * {@link Writer#publish()}. Deletes the temporary files that killed writers left.
     */
    public Writer create(List<TagDefinition> tags) {
        try {
            FileSystem fs = dir.getFileSystem(conf);
            fs.mkdirs(dir);
            for (FileStatus s : fs.listStatus(dir)) {
                if (s.getPath().getName().startsWith("." + FILE + ".tmp-")) {
                    fs.delete(s.getPath(), false);
                }
            }
            Path temp = AtomicFiles.hiddenTemp(file());
            Schema schema = TableSchemas.tags(tags);
            return new Writer(temp, schema, ParquetFiles.writer(temp, schema, Map.of(METADATA_KEY, toJson(tags)), conf));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file(), e);
        }
    }

    /** One new version of the tags file: rows in, then {@link #publish()}; closing without it discards it. */
    public final class Writer implements AutoCloseable {

        private final Path temp;
        private final ParquetWriter<GenericRecord> writer;
        private final GenericData.Record record;
        private boolean closed;

        private Writer(Path temp, Schema schema, ParquetWriter<GenericRecord> writer) {
            this.temp = temp;
            this.writer = writer;
            this.record = new GenericData.Record(schema);
        }

        /** The row of {@code variant}: one value per tag, in the order given to {@link #create}. */
        public void write(long variant, boolean[] values) {
            record.put(0, variant);
            for (int i = 0; i < values.length; i++) {
                record.put(i + 1, values[i]);
            }
            try {
                writer.write(record);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + temp, e);
            }
        }

        /** Closes the file and puts it in place of the old one in one rename. */
        public void publish() {
            try {
                closed = true;
                writer.close();
                AtomicFiles.replace(temp, file(), conf);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot publish " + file(), e);
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                writer.close();
                temp.getFileSystem(conf).delete(temp, false);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + temp, e);
            }
        }
    }

    private static String toJson(List<TagDefinition> tags) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("tags");
        for (TagDefinition t : tags) {
            list.addObject().put("name", t.name()).put("expression", t.expression()).put("source", t.source().label());
        }
        return root.toString();
    }

    private List<TagDefinition> definitions(String json) {
        if (json == null) {
            throw refused("has no " + METADATA_KEY + " footer entry");
        }
        try {
            JsonNode list = JSON.readTree(json).path("tags");
            if (!list.isArray()) {
                throw new IllegalArgumentException("no list 'tags'");
            }
            List<TagDefinition> tags = new ArrayList<>();
            for (JsonNode t : list) {
                tags.add(new TagDefinition(t.path("name").asText(null), t.path("expression").asText(null),
                        TagDefinition.Source.fromLabel(t.path("source").asText(""))));
            }
            return tags;
        } catch (IOException | IllegalArgumentException e) {
            throw refused("has an unreadable " + METADATA_KEY + " footer entry (" + e.getMessage() + ")");
        }
    }

    private OutputException refused(String why) {
        return new OutputException(SweepOutput.display(file()) + ": " + why
                + "; it is not a tags file of circuit-sweep; the directory was left unchanged");
    }
}
