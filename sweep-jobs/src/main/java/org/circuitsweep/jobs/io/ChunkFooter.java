package org.circuitsweep.jobs.io;

import java.io.IOException;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
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
 * a file of another schema or of another chunk is refused. Costs one small read per chunk.
 */
final class ChunkFooter {

    private ChunkFooter() {
    }

    static void check(FileStatus file, ChunkRange chunk, Schema modelsSchema, Configuration conf) {
        ParquetMetadata footer;
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(file, conf))) {
            footer = reader.getFooter();
        } catch (IOException | RuntimeException e) {
            throw new OutputException(SweepOutput.display(file.getPath()) + ": is not a readable Parquet chunk ("
                    + e.getMessage() + "); delete it to simulate the chunk again; the directory was left unchanged", e);
        }
        List<String> columns = footer.getFileMetaData().getSchema().getFields().stream().map(Type::getName).toList();
        List<String> expected = modelsSchema.getFields().stream().map(Schema.Field::name).toList();
        require(columns.equals(expected), file, "its columns " + columns + " are not the sweep's " + expected);
        long rows = footer.getBlocks().stream().mapToLong(BlockMetaData::getRowCount).sum();
        require(rows == chunk.size(), file, "it holds " + rows + " rows, chunk " + chunk.chunk() + " has " + chunk.size());
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (BlockMetaData block : footer.getBlocks()) {
            for (ColumnChunkMetaData column : block.getColumns()) {
                if (column.getPath().toDotString().equals(TableSchemas.VARIANT)) {
                    Statistics<?> stats = column.getStatistics();
                    require(stats != null && stats.hasNonNullValue(), file, "it has no statistics of column variant");
                    min = Math.min(min, (Long) stats.genericGetMin());
                    max = Math.max(max, (Long) stats.genericGetMax());
                }
            }
        }
        require(min == chunk.start() && max == chunk.end() - 1, file, "its variants [" + min + ", " + max
                + "] are not chunk " + chunk.chunk() + "'s [" + chunk.start() + ", " + (chunk.end() - 1) + "]");
    }

    private static void require(boolean ok, FileStatus file, String why) {
        if (!ok) {
            throw new OutputException(SweepOutput.display(file.getPath()) + ": is not a committed chunk of this sweep: " + why
                    + "; the directory was left unchanged");
        }
    }
}
