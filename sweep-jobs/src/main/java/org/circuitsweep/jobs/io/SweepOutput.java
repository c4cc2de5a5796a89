package org.circuitsweep.jobs.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.circuitsweep.jobs.plan.ChunkSet;
import org.circuitsweep.jobs.plan.SweepPlan;

/**
 * A sweep output directory:
 * <pre>
 * OUT/_sweep.json        manifest, written first and once ({@link Manifest})
 * OUT/spec.yaml          the spec as written
 * OUT/models/chunk-K.parquet   one committed file per chunk, K zero-padded
 * OUT/models/_tmp/       files of chunks in flight (unique per task attempt)
 * OUT/sweeps/sweeps.parquet    the one-row sweeps table, replaced at the end of each run
 * OUT/tags/tags.parquet        the user tags ({@link TagTable}), replaced whole when they change
 * </pre>
 * Every check refuses with an {@link OutputException} before anything is written, so a refused
 * directory is left as it was. Used on the driver; not thread-safe.
 */
public final class SweepOutput {

    public static final String MANIFEST = "_sweep.json";
    public static final String SPEC = "spec.yaml";
    public static final String MODELS = "models";
    public static final String SWEEPS = "sweeps";
    public static final String TEMP = "_tmp";
    public static final String TAGS = "tags";
    static final String SWEEPS_FILE = "sweeps.parquet";

    private final Path root;
    private final Configuration conf;
    private final FileSystem fs;

    private SweepOutput(Path root, Configuration conf) throws IOException {
        this.fs = root.getFileSystem(conf);
        this.root = fs.makeQualified(root);
        this.conf = conf;
    }

    /**
     * The output at {@code location}: a URI with a scheme ({@code hdfs://…}, {@code s3a://…},
     * {@code file:/…}) or a local path, relative to the working directory.
     */
    public static SweepOutput at(String location, Configuration conf) {
        if (location == null || location.isBlank()) {
            throw new OutputException("output: missing; give a directory path or URI");
        }
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        Path root = uri != null && uri.getScheme() != null && uri.getScheme().length() > 1
                ? new Path(uri)
                : new Path(Paths.get(location).toAbsolutePath().normalize().toUri());
        try {
            return new SweepOutput(root, conf);
        } catch (IOException e) {
            throw new OutputException(location + ": no file system for this location (" + e.getMessage() + ")", e);
        }
    }

    public Path root() {
        return root;
    }

    public Path models() {
        return new Path(root, MODELS);
    }

    public Path sweeps() {
        return new Path(root, SWEEPS);
    }

    /** The user tags of this output. */
    public TagTable tagTable() {
        return new TagTable(new Path(root, TAGS), conf);
    }

    /** The committed name of chunk {@code k}, zero-padded so that names sort like chunk ids. */
    public static String chunkFileName(int k, int chunkCount) {
        int width = Math.max(5, Integer.toString(chunkCount - 1).length());
        return String.format("chunk-%0" + width + "d.parquet", k);
    }

    /**
     * The manifest of an existing sweep output, or empty when {@code root} does not exist or is an
     * empty directory (names starting with '.' do not count). Refuses a file, a non-empty directory
     * without a manifest and an unreadable manifest.
     */
    public Optional<Manifest> inspect() {
        try {
            if (!fs.exists(root)) {
                return Optional.empty();
            }
            if (!fs.getFileStatus(root).isDirectory()) {
                throw new OutputException(display(root) + ": is a file; the output must be a new or empty directory or a sweep output");
            }
            if (fs.exists(new Path(root, MANIFEST))) {
                return Optional.of(readManifest());
            }
            for (FileStatus s : fs.listStatus(root)) {
                if (!s.getPath().getName().startsWith(".")) {
                    throw new OutputException(display(root) + ": is not empty and has no " + MANIFEST
                            + ", so it is not a sweep output; choose a new or empty directory");
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new OutputException(display(root) + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The manifest of a directory that must already be a sweep output. */
    public Manifest requireManifest() {
        return inspect().orElseThrow(() -> new OutputException(display(root) + ": is not a sweep output (no " + MANIFEST + ")"));
    }

    private Manifest readManifest() throws IOException {
        Path path = new Path(root, MANIFEST);
        try {
            return Manifest.fromJson(readBytes(path));
        } catch (IllegalArgumentException e) {
            throw new OutputException(display(path) + ": is not a valid sweep manifest (" + e.getMessage()
                    + "); the directory was left unchanged");
        }
    }

    /**
     * The chunks whose files are committed, after checking each one's footer: a readable Parquet
     * file with the models columns, the chunk's row count and its variant range. Refuses any other
     * entry in models/ except {@code _tmp} and hidden names.
     */
    public ChunkSet committedChunks(SweepPlan plan, Schema modelsSchema) {
        return listChunks(plan, modelsSchema);
    }

    /**
     * The rows of the committed chunks, from the file names alone: what readers of the output use,
     * who trust the commit (a chunk file appears whole, by rename) and need not read every footer.
     */
    public long committedVariants(SweepPlan plan) {
        return plan.variantsIn(listChunks(plan, null));
    }

    /**
     * The schema of the models table as its chunk files were written, from the footer of one
     * committed chunk: the columns and their docs whatever kind of sweep wrote them.
     */
    public Schema storedModelsSchema(SweepPlan plan) {
        List<Integer> chunks = listChunks(plan, null).first(1);
        if (chunks.isEmpty()) {
            throw new OutputException(display(models()) + ": no committed chunk yet; run or resume the sweep first");
        }
        return ChunkFooter.avroSchema(new Path(models(), chunkFileName(chunks.get(0), plan.chunkCount())), conf);
    }

    /** The committed chunks; with a schema, each footer is checked against it. */
    private ChunkSet listChunks(SweepPlan plan, Schema modelsSchema) {
        return ChunkDirectory.list(fs, models(), plan, modelsSchema, TableSchemas.VARIANT, "a sweep output", conf);
    }

    /** Creates the output: the manifest first (atomically), then spec.yaml and models/. */
    public void create(Manifest manifest, String specText) {
        try {
            fs.mkdirs(root);
            AtomicFiles.write(new Path(root, MANIFEST), manifest.toJson(), conf);
            writeSpec(specText);
            fs.mkdirs(models());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the sweep output " + root, e);
        }
    }

    /** Writes spec.yaml if an earlier run died between the manifest and the spec. */
    public void ensureSpec(String specText) {
        try {
            if (!fs.exists(new Path(root, SPEC))) {
                writeSpec(specText);
            }
            fs.mkdirs(models());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot complete the sweep output " + root, e);
        }
    }

    private void writeSpec(String specText) throws IOException {
        AtomicFiles.write(new Path(root, SPEC), specText.getBytes(StandardCharsets.UTF_8), conf);
    }

    /** The spec text stored with the output, for {@code resume}. */
    public String readSpec() {
        Path path = new Path(root, SPEC);
        try {
            return new String(readBytes(path), StandardCharsets.UTF_8);
        } catch (FileNotFoundException e) {
            throw new OutputException(display(path) + ": missing; run `sweep run CONFIG --output " + this + "` with the original spec");
        } catch (IOException e) {
            throw new OutputException(display(path) + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Deletes the temporary files of chunks in flight: those an earlier run left when it stopped,
     * and the empty directory a finished job leaves. Only called by the run that owns the output.
     */
    public void clearTemp() {
        try {
            fs.delete(new Path(models(), TEMP), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + new Path(models(), TEMP), e);
        }
    }

    /** Replaces the one-row sweeps table. */
    public void writeSweepRow(SweepRow row) {
        Path target = new Path(sweeps(), SWEEPS_FILE);
        try {
            fs.mkdirs(sweeps());
            Path temp = AtomicFiles.hiddenTemp(target);
            ParquetFiles.writeAll(temp, TableSchemas.sweeps(), List.of(row.toAvro()), conf);
            AtomicFiles.replace(temp, target, conf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /**
     * Rewrites the sweeps row with new tag counts and every other field as it was (after
     * {@code sweep tag}); nothing to do before a run has written the row.
     */
    public void replaceTagCounts(Map<String, Long> tagCounts) {
        Path target = new Path(sweeps(), SWEEPS_FILE);
        try {
            if (!fs.exists(target)) {
                return;
            }
            GenericRecord old = ParquetFiles.readFirst(target, conf);
            GenericData.Record row = new GenericData.Record(TableSchemas.sweeps());
            for (Schema.Field f : row.getSchema().getFields()) {
                if (old.getSchema().getField(f.name()) == null) {
                    throw new OutputException(display(target) + ": has no column " + f.name()
                            + "; it was written by an older circuit-sweep, resume the sweep to rewrite it");
                }
                row.put(f.name(), old.get(f.name()));
            }
            row.put("tag_counts", new LinkedHashMap<>(tagCounts));
            Path temp = AtomicFiles.hiddenTemp(target);
            ParquetFiles.writeAll(temp, TableSchemas.sweeps(), List.of(row), conf);
            AtomicFiles.replace(temp, target, conf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite " + target, e);
        }
    }

    private byte[] readBytes(Path path) throws IOException {
        try (InputStream in = fs.open(path)) {
            return in.readAllBytes();
        }
    }

    /** A path as users wrote it: a plain path on the local file system, the URI elsewhere. */
    static String display(Path path) {
        URI uri = path.toUri();
        return "file".equals(uri.getScheme()) ? uri.getPath() : uri.toString();
    }

    @Override
    public String toString() {
        return display(root);
    }
}
