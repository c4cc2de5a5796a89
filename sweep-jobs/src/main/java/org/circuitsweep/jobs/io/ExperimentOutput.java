package org.circuitsweep.jobs.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.circuitsweep.jobs.plan.ChunkSet;
import org.circuitsweep.jobs.plan.SweepPlan;

/**
 * An experiment output directory, laid out like a sweep output:
 * <pre>
 * OUT/_experiment.json            manifest, written first and once ({@link ExperimentManifest})
 * OUT/spec.yaml                   the experiment spec (an experiment: section)
 * OUT/selection/selection.parquet the selected base rows, written once before any chunk
 * OUT/experiments/chunk-K.parquet one committed file per chunk of units
 * OUT/experiments/_tmp/           files of chunks in flight
 * </pre>
 * Every check refuses with an {@link OutputException} before anything is written. Driver only,
 * except {@link #readSelection}, which tasks call.
 */
public final class ExperimentOutput {

    public static final String MANIFEST = "_experiment.json";
    public static final String SPEC = SweepOutput.SPEC;
    public static final String SELECTION = "selection";
    public static final String EXPERIMENTS = "experiments";
    static final String SELECTION_FILE = "selection.parquet";

    private final Path root;
    private final Configuration conf;
    private final FileSystem fs;

    private ExperimentOutput(Path root, Configuration conf) {
        this.root = root;
        this.conf = conf;
        try {
            this.fs = root.getFileSystem(conf);
        } catch (IOException e) {
            throw new OutputException(root + ": no file system for this location (" + e.getMessage() + ")", e);
        }
    }

    /** The output at {@code location}: a URI with a scheme or a local path, as {@link SweepOutput#at}. */
    public static ExperimentOutput at(String location, Configuration conf) {
        return new ExperimentOutput(SweepOutput.at(location, conf).root(), conf);
    }

    /** Whether {@code location} holds an experiment manifest (a sweep output or a missing directory does not). */
    public static boolean isExperiment(String location, Configuration conf) {
        ExperimentOutput o = at(location, conf);
        try {
            return o.fs.exists(new Path(o.root, MANIFEST));
        } catch (IOException e) {
            throw new OutputException(o + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    public Path root() {
        return root;
    }

    public Path experiments() {
        return new Path(root, EXPERIMENTS);
    }

    public Path selectionFile() {
        return new Path(new Path(root, SELECTION), SELECTION_FILE);
    }

    /**
     * The manifest of an existing experiment output, or empty when {@code root} does not exist or
     * is an empty directory (hidden names do not count). Refuses a file, a non-empty directory
     * without a manifest (a sweep output among them) and an unreadable manifest.
     */
    public Optional<ExperimentManifest> inspect() {
        try {
            if (!fs.exists(root)) {
                return Optional.empty();
            }
            if (!fs.getFileStatus(root).isDirectory()) {
                throw new OutputException(this + ": is a file; the output must be a new or empty directory or an experiment output");
            }
            Path manifest = new Path(root, MANIFEST);
            if (fs.exists(manifest)) {
                try {
                    return Optional.of(ExperimentManifest.fromJson(readBytes(manifest)));
                } catch (IllegalArgumentException e) {
                    throw new OutputException(SweepOutput.display(manifest) + ": is not a valid experiment manifest ("
                            + e.getMessage() + "); the directory was left unchanged");
                }
            }
            for (FileStatus s : fs.listStatus(root)) {
                if (!s.getPath().getName().startsWith(".")) {
                    throw new OutputException(this + ": is not empty and has no " + MANIFEST + ", so it is not an "
                            + "experiment output" + (fs.exists(new Path(root, SweepOutput.MANIFEST)) ? " (it is a sweep output)" : "")
                            + "; choose a new or empty directory");
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new OutputException(this + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    public ExperimentManifest requireManifest() {
        return inspect().orElseThrow(() -> new OutputException(this + ": is not an experiment output (no " + MANIFEST + ")"));
    }

    /** Creates the output: the manifest first (atomically), then spec.yaml and experiments/. */
    public void create(ExperimentManifest manifest, String specText) {
        try {
            fs.mkdirs(root);
            AtomicFiles.write(new Path(root, MANIFEST), manifest.toJson(), conf);
            ensureSpec(specText);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the experiment output " + root, e);
        }
    }

    /** Writes spec.yaml if an earlier run died between the manifest and the spec. */
    public void ensureSpec(String specText) {
        try {
            Path spec = new Path(root, SPEC);
            if (!fs.exists(spec)) {
                AtomicFiles.write(spec, specText.getBytes(StandardCharsets.UTF_8), conf);
            }
            fs.mkdirs(experiments());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot complete the experiment output " + root, e);
        }
    }

    /** The spec text stored with the output, for {@code resume}. */
    public String readSpec() {
        Path path = new Path(root, SPEC);
        try {
            return new String(readBytes(path), StandardCharsets.UTF_8);
        } catch (FileNotFoundException e) {
            throw new OutputException(SweepOutput.display(path) + ": missing; run the experiment again with its spec");
        } catch (IOException e) {
            throw new OutputException(SweepOutput.display(path) + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    public boolean hasSelection() {
        try {
            return fs.exists(selectionFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + selectionFile(), e);
        }
    }

    /** Writes the selection table once: to a hidden name, then renamed, so it appears whole or not at all. */
    public void writeSelection(Schema schema, List<GenericRecord> rows) {
        Path target = selectionFile();
        try {
            fs.mkdirs(target.getParent());
            Path temp = AtomicFiles.hiddenTemp(target);
            ParquetFiles.writeAll(temp, schema, rows, conf);
            AtomicFiles.publishOnce(temp, target, conf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** The rows of a selection file, in file order (ascending variant). */
    public static List<GenericRecord> readSelection(Path file, Configuration conf) {
        List<GenericRecord> rows = new ArrayList<>();
        try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(
                HadoopInputFile.fromPath(file, conf)).withDataModel(GenericData.get()).withConf(conf).build()) {
            for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
                rows.add(r);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The chunks whose files are committed, each footer checked against {@code schema} and its units. */
    public ChunkSet committedChunks(SweepPlan plan, Schema schema) {
        return ChunkDirectory.list(fs, experiments(), plan, schema, "unit", "an experiment output", conf);
    }

    /** The committed chunks from the file names alone (for readers, who trust the commit). */
    public ChunkSet committedChunkNames(SweepPlan plan) {
        return ChunkDirectory.list(fs, experiments(), plan, null, "unit", "an experiment output", conf);
    }

    /** Deletes the temporary files of chunks in flight. Only called by the run that owns the output. */
    public void clearTemp() {
        try {
            fs.delete(new Path(experiments(), SweepOutput.TEMP), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + new Path(experiments(), SweepOutput.TEMP), e);
        }
    }

    private byte[] readBytes(Path path) throws IOException {
        try (InputStream in = fs.open(path)) {
            return in.readAllBytes();
        }
    }

    @Override
    public String toString() {
        return SweepOutput.display(root);
    }
}
