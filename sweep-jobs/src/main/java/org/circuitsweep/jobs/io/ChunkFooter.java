package org.circuitsweep.jobs.io;

import java.io.IOException;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.schema.Type;
import org.circuitsweep.jobs.plan.ChunkRange;

/**
 * Checks a committed chunk file from its footer alone (no data pages are read): a truncated file,
 * a file of another schema or of another chunk is refused. Costs one small read per chunk. Also
 * reads the schema a chunk was written with.
 */
final class ChunkFooter {

    /** Where parquet-avro keeps the writer's schema (AvroWriteSupport's key, which it does not export). */
    private static final String AVRO_SCHEMA_KEY = "parquet.avro.schema";

    private ChunkFooter() {
    }

    /**
     * Checks a committed chunk of a table whose rows are keyed by {@code keyColumn} (a long column
     * holding [chunk start, chunk end) in order): {@code variant} for models, {@code unit} for
     * experiments.
     */
    static void check(FileStatus file, ChunkRange chunk, Schema schema, String keyColumn, Configuration conf) {
        ParquetMetadata footer;
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(file, conf))) {
            footer = reader.getFooter();
        } catch (IOException | RuntimeException e) {
            throw new OutputException(SweepOutput.display(file.getPath()) + ": is not a readable Parquet chunk ("
                    + e.getMessage() + "); delete it to simulate the chunk again; the directory was left unchanged", e);
        }
        List<String> columns = footer.getFileMetaData().getSchema().getFields().stream().map(Type::getName).toList();
        List<String> expected = schema.getFields().stream().map(Schema.Field::name).toList();
        require(columns.equals(expected), file, "its columns " + columns + " are not the output's " + expected);
        long rows = footer.getBlocks().stream().mapToLong(BlockMetaData::getRowCount).sum();
        require(rows == chunk.size(), file, "it holds " + rows + " rows, chunk " + chunk.chunk() + " has " + chunk.size());
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (BlockMetaData block : footer.getBlocks()) {
            for (ColumnChunkMetaData column : block.getColumns()) {
                if (column.getPath().toDotString().equals(keyColumn)) {
                    Statistics<?> stats = column.getStatistics();
                    require(stats != null && stats.hasNonNullValue(), file, "it has no statistics of column " + keyColumn);
                    min = Math.min(min, (Long) stats.genericGetMin());
                    max = Math.max(max, (Long) stats.genericGetMax());
                }
            }
        }
        require(min == chunk.start() && max == chunk.end() - 1, file, "its " + keyColumn + "s [" + min + ", " + max
                + "] are not chunk " + chunk.chunk() + "'s [" + chunk.start() + ", " + (chunk.end() - 1) + "]");
    }

    /** The Avro schema parquet-avro stored in the footer of a chunk written by {@link ChunkFile}. */
    static Schema avroSchema(Path file, Configuration conf) {
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(file, conf))) {
            String json = reader.getFooter().getFileMetaData().getKeyValueMetaData().get(AVRO_SCHEMA_KEY);
            if (json == null) {
                throw new OutputException(SweepOutput.display(file) + ": has no Avro schema in its footer; it was not "
                        + "written by circuit-sweep");
            }
            return new Schema.Parser().parse(json);
        } catch (IOException | RuntimeException e) {
            if (e instanceof OutputException o) {
                throw o;
            }
            throw new OutputException(SweepOutput.display(file) + ": is not a readable Parquet chunk (" + e.getMessage()
                    + ")", e);
        }
    }

    private static void require(boolean ok, FileStatus file, String why) {
        if (!ok) {
            throw new OutputException(SweepOutput.display(file.getPath()) + ": is not a committed chunk of this output: " + why
                    + "; the directory was left unchanged");
        }
    }
}
