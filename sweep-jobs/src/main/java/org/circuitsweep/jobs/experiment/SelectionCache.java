package org.circuitsweep.jobs.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.circuitsweep.jobs.io.ExperimentOutput;

/**
 * The selection table as an executor's tasks read it: every task needs the stored rows of the
 * variants of its units, and the file (at most {@link SelectionQuery#MAX_SELECTED} rows) is read
 * once per executor JVM and kept while its tasks run, keyed by path, length and modification time.
 * The file is written once and never changed, so a cached copy is never stale. Thread-safe.
 */
final class SelectionCache {

    private record Entry(String key, List<GenericRecord> rows) {
    }

    private static Entry cached;

    private SelectionCache() {
    }

    /** The rows of the selection file, in order; read-only, shared by the executor's tasks. */
    static synchronized List<GenericRecord> rows(String file, Configuration conf) {
        Path path = new Path(file);
        String key;
        try {
            FileStatus s = path.getFileSystem(conf).getFileStatus(path);
            key = s.getPath() + " " + s.getLen() + " " + s.getModificationTime();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (cached == null || !cached.key().equals(key)) {
            cached = null; // let the old rows go before reading the new ones
            cached = new Entry(key, List.copyOf(ExperimentOutput.readSelection(path, conf)));
        }
        return cached.rows();
    }
}
