package org.circuitsweep.jobs.io;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.avro.Schema;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.circuitsweep.jobs.plan.ChunkSet;
import org.circuitsweep.jobs.plan.SweepPlan;

/**
 * A directory of chunk files committed by {@link ChunkFile} ({@code models/} of a sweep,
 * {@code experiments/} of an experiment): which chunks are there, each checked from its footer
 * when a schema is given. Anything else but {@code _tmp} and hidden names is refused. Driver only.
 */
final class ChunkDirectory {

    private static final Pattern CHUNK_FILE = Pattern.compile("chunk-(\\d+)\\.parquet");

    private ChunkDirectory() {
    }

    /**
     * The committed chunks of {@code dir}; with a schema, each footer is checked against it and
     * the chunk's range of {@code keyColumn}.
     *
     * @param what what the output is, for messages ("a sweep output")
     */
    static ChunkSet list(FileSystem fs, Path dir, SweepPlan plan, Schema schema, String keyColumn, String what,
                         Configuration conf) {
        ChunkSet committed = plan.noChunks();
        try {
            if (!fs.exists(dir)) {
                return committed;
            }
            RemoteIterator<FileStatus> it = fs.listStatusIterator(dir);
            while (it.hasNext()) {
                FileStatus s = it.next();
                String name = s.getPath().getName();
                if (name.startsWith(".") || name.equals(SweepOutput.TEMP) && s.isDirectory()) {
                    continue;
                }
                Matcher m = CHUNK_FILE.matcher(name);
                int k = m.matches() && m.group(1).length() < 10 ? Integer.parseInt(m.group(1)) : -1;
                if (k < 0 || k >= plan.chunkCount() || !name.equals(SweepOutput.chunkFileName(k, plan.chunkCount()))
                        || !s.isFile()) {
                    throw new OutputException(SweepOutput.display(s.getPath()) + ": unexpected entry in " + what + " of "
                            + plan.chunkCount() + " chunks (expected " + SweepOutput.chunkFileName(0, plan.chunkCount())
                            + " … " + SweepOutput.chunkFileName(plan.chunkCount() - 1, plan.chunkCount())
                            + "); the directory was left unchanged");
                }
                if (schema != null) {
                    ChunkFooter.check(s, plan.chunk(k), schema, keyColumn, conf);
                }
                committed.add(k);
            }
            return committed;
        } catch (IOException e) {
            throw new OutputException(SweepOutput.display(dir) + ": cannot be listed (" + e.getMessage() + ")", e);
        }
    }
}
