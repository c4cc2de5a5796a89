package org.circuitsweep.jobs.io;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetWriter;

/**
 * The Parquet file of one chunk while a task writes it: rows go to a name under
 * {@code models/_tmp/} unique to the task attempt, and {@link #commit()} renames it to
 * {@code models/chunk-K.parquet}. A duplicate attempt (speculative or retried) whose chunk is
 * already committed drops its file, so a chunk is committed once; an attempt that dies leaves
 * only a temporary file. Closing without commit deletes the temporary file. Not thread-safe.
 */
public final class ChunkFile implements AutoCloseable {

    private final Path temp;
    private final Path target;
    private final Configuration conf;
    private final ParquetWriter<GenericRecord> writer;
    private boolean closed;

    private ChunkFile(Path temp, Path target, Configuration conf, ParquetWriter<GenericRecord> writer) {
        this.temp = temp;
        this.target = target;
        this.conf = conf;
        this.writer = writer;
    }

    /**
     * Opens the temporary file of chunk {@code chunk} for the task attempt {@code attempt}.
     *
     * @param modelsDir  the models directory of the output (a qualified URI)
     * @param chunkCount the number of chunks of the sweep (sets the padding of the name)
     */
    public static ChunkFile open(String modelsDir, int chunk, int chunkCount, String attempt, Schema schema,
                                 Configuration conf) {
        String name = SweepOutput.chunkFileName(chunk, chunkCount);
        Path target = new Path(modelsDir, name);
        Path temp = new Path(new Path(modelsDir, SweepOutput.TEMP), name + "." + attempt);
        try {
            return new ChunkFile(temp, target, conf, ParquetFiles.writer(temp, schema, conf));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + temp, e);
        }
    }

    public void write(GenericRecord row) {
        try {
            writer.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + temp, e);
        }
    }

    /** Closes the file and publishes it; returns false when another attempt had committed the chunk. */
    public boolean commit() {
        try {
            closed = true;
            writer.close();
            return AtomicFiles.publishOnce(temp, target, conf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit " + target, e);
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
