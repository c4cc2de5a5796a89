package org.circuitsweep.jobs.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * Publishing files by rename through Hadoop, so a reader sees a whole file or none, on file://,
 * hdfs:// and s3a:// alike (on object stores a rename is a copy, but each object still appears
 * whole).
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Renames {@code temp} to {@code target} unless {@code target} exists, in which case {@code temp}
     * is deleted. Returns whether {@code temp} became {@code target}. HDFS checks and renames in one
     * step; the local file system checks first, and a race between two attempts of the same chunk
     * is harmless because both wrote the same rows.
     */
    static boolean publishOnce(Path temp, Path target, Configuration conf) throws IOException {
        try {
            FileContext.getFileContext(target.toUri(), conf).rename(temp, target, Options.Rename.NONE);
            return true;
        } catch (FileAlreadyExistsException e) {
            temp.getFileSystem(conf).delete(temp, false);
            return false;
        }
    }

    /** Renames {@code temp} over {@code target}, replacing it in one step where the file system can. */
    static void replace(Path temp, Path target, Configuration conf) throws IOException {
        FileSystem fs = target.getFileSystem(conf);
        if (fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem) {
            // POSIX rename(2) replaces the target atomically; FileContext would delete it first.
            if (!fs.rename(temp, target)) {
                throw new IOException("cannot rename " + temp + " to " + target);
            }
        } else {
            FileContext.getFileContext(target.toUri(), conf).rename(temp, target, Options.Rename.OVERWRITE);
        }
    }

    /** Writes {@code content} to a hidden sibling of {@code target}, then publishes it with {@link #replace}. */
    static void write(Path target, byte[] content, Configuration conf) throws IOException {
        Path temp = hiddenTemp(target);
        FileSystem fs = target.getFileSystem(conf);
        try (OutputStream out = fs.create(temp, false)) {
            out.write(content);
        }
        replace(temp, target, conf);
    }

    /**
     * A unique hidden name next to {@code target}: Spark, DuckDB and pyarrow skip names starting
     * with '.', and {@link SweepOutput} treats them as not part of the output.
     */
    static Path hiddenTemp(Path target) {
        return new Path(target.getParent(), "." + target.getName() + ".tmp-" + UUID.randomUUID());
    }
}
