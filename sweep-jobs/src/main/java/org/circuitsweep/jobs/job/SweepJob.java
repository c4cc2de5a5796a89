package org.circuitsweep.jobs.job;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.apache.avro.Schema;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.circuitsweep.engine.sample.Sampler;
import org.circuitsweep.jobs.io.Manifest;
import org.circuitsweep.jobs.io.OutputException;
import org.circuitsweep.jobs.io.SparkSchemas;
import org.circuitsweep.jobs.io.SweepOutput;
import org.circuitsweep.jobs.io.SweepRow;
import org.circuitsweep.jobs.plan.ChunkSet;
import org.circuitsweep.jobs.plan.SweepPlan;
import org.circuitsweep.jobs.spec.SpecException;
import org.circuitsweep.jobs.spec.SweepSpec;
import org.circuitsweep.jobs.tag.TagException;
import org.circuitsweep.jobs.tag.Tagger;

/**
 * The driver of a sweep. {@link #prepare} checks the spec against the output directory before
 * Spark starts and writes nothing; {@link #run} analyses the spec's tags, creates or completes the
 * output, simulates the missing chunks (one Spark task each), brings the tags table up to date and
 * rewrites the sweeps table. The driver holds the plan, one bit per chunk and one summary per
 * chunk run: O(chunks), never O(variants).
 */
public final class SweepJob {

    private final SweepSpec spec;
    private final String specSource;
    private final SweepOutput output;
    private final SweepPlan plan;
    private final Manifest manifest;
    private final boolean exists;
    private final ChunkSet committed;

    private SweepJob(SweepSpec spec, String specSource, SweepOutput output, SweepPlan plan, Manifest manifest,
                     boolean exists, ChunkSet committed) {
        this.spec = spec;
        this.specSource = specSource;
        this.output = output;
        this.plan = plan;
        this.manifest = manifest;
        this.exists = exists;
        this.committed = committed;
    }

    /**
     * Plans {@code spec} into the output at {@code location} and checks that the output is new or
     * holds the same sweep. Refuses with {@link SpecException} or {@link OutputException}.
     *
     * @param specSource where the spec text came from, for messages (a path)
     */
    public static SweepJob prepare(SweepSpec spec, String specSource, String location, Configuration hadoopConf) {
        if (!spec.resolved()) {
            throw new IllegalStateException("resolve the cells selected from other sweeps first (CellSelections.resolve)");
        }
        Schema schema;
        try {
            schema = VariantRows.schema(spec);
        } catch (IllegalArgumentException e) {
            throw new SpecException(specSource, spec.circuit() != null ? "circuit" : "parameters", e.getMessage());
        }
        Sampler sampler = spec.sampler();
        if (!sampler.names().equals(spec.parameterNames())) {
            throw new IllegalStateException("sampler columns " + sampler.names() + " differ from the spec's "
                    + spec.parameterNames());
        }
        SweepPlan plan;
        try {
            plan = new SweepPlan(sampler.size(), spec.chunkSize());
        } catch (IllegalArgumentException e) {
            throw new SpecException(specSource, "chunk-size", e.getMessage().replaceFirst("^chunk-size: ", ""));
        }
        String hash = spec.hash();
        Manifest fresh = new Manifest(sweepId(spec), spec.name(), hash, plan.variants(),
                plan.chunkSize(), plan.chunkCount(), BuildInfo.engineVersion(), spec.parameterNames(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        SweepOutput output = SweepOutput.at(location, hadoopConf);
        Optional<Manifest> existing = output.inspect();
        if (existing.isEmpty()) {
            return new SweepJob(spec, specSource, output, plan, fresh, false, plan.noChunks());
        }
        Manifest old = existing.get();
        requireSameSweep(output, old, fresh, specSource);
        ChunkSet committed = output.committedChunks(plan, schema);
        return new SweepJob(spec, specSource, output, plan, old, true, committed);
    }

    /**
     * {@code <name>-<12 hex digits>}: the digits are of the SHA-256 of {@link SweepSpec#rowsForm()}.
     * The spec hash covers the chunk size and the tags too (an output's chunking and spec tags are
     * fixed), but the models rows must not depend on them, and every row carries the sweep id.
     */
    static String sweepId(SweepSpec spec) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(spec.rowsForm().getBytes(StandardCharsets.UTF_8));
            return spec.name() + "-" + HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private static void requireSameSweep(SweepOutput output, Manifest old, Manifest fresh, String specSource) {
        if (!old.specHash().equals(fresh.specHash())) {
            throw new OutputException(output + ": holds sweep '" + old.name() + "' of spec hash " + old.specHash() + ", but "
                    + specSource + " has spec hash " + fresh.specHash()
                    + "; choose another output directory or delete this one; the directory was left unchanged");
        }
        if (!old.engineVersion().equals(fresh.engineVersion())) {
            throw new OutputException(output + ": was simulated by circuit-sweep " + old.engineVersion() + ", this is "
                    + fresh.engineVersion() + ", whose rows may differ; choose another output directory");
        }
        if (old.variantCount() != fresh.variantCount() || old.chunkSize() != fresh.chunkSize()
                || !old.parameterNames().equals(fresh.parameterNames()) || !old.sweepId().equals(fresh.sweepId())) {
            throw new OutputException(output + "/" + SweepOutput.MANIFEST + ": does not match its own spec hash ("
                    + old.variantCount() + " variants of " + old.parameterNames() + " in chunks of " + old.chunkSize()
                    + "); the directory was left unchanged");
        }
    }

    public SweepPlan plan() {
        return plan;
    }

    /** The chunks already committed when the job was prepared. */
    public ChunkSet committed() {
        return committed;
    }

    /**
     * Simulates up to {@code maxChunks} missing chunks, lowest ids first, then rewrites the sweeps
     * table. Progress goes to {@code progress}, redrawn in place when {@code terminal}. Call once:
     * a second run needs a new {@link #prepare}, which sees the chunks this one committed.
     */
    public RunResult run(SparkSession spark, int maxChunks, PrintWriter progress, boolean terminal) {
        if (maxChunks < 1) {
            throw new IllegalArgumentException("max-chunks: " + maxChunks + " is not allowed; expected an integer >= 1");
        }
        Instant started = Instant.now();
        try {
            Tagger.analyse(spark, SparkSchemas.of(VariantRows.schema(spec)), spec.tags());
        } catch (TagException e) {
            throw new SpecException(specSource, "tags." + e.tag(), e.problem());
        }
        if (exists) {
            output.ensureSpec(spec.text());
            output.clearTemp();
        } else {
            output.create(manifest, spec.text());
        }
        List<Integer> chunkIds = plan.missing(committed).first(maxChunks);
        List<ChunkSummary> summaries = chunkIds.isEmpty() ? List.of() : simulate(spark, chunkIds, progress, terminal);
        ClassCounts runCounts = new ClassCounts(spec.classLabels());
        summaries.forEach(s -> runCounts.addAll(s.counts()));
        output.clearTemp();

        Tagger tagger = new Tagger(spark, output, spec.tags());
        Tagger.Counts counts;
        if (committed.size() == 0 && !summaries.isEmpty() && tagger.definitions().isEmpty()) {
            // This run wrote the whole table and there is no user tag to compute: the tasks counted it
            // all, and reading it back with Spark SQL would cost seconds, a tenth of a small sweep's run.
            counts = summed(summaries);
        } else {
            tagger.refresh();
            counts = tagger.count();
        }
        ClassCounts sweepCounts = new ClassCounts(spec.classLabels());
        counts.classes().forEach(sweepCounts::add);
        long done = plan.variantsIn(committed) + runCounts.total();
        Instant finished = Instant.now();
        output.writeSweepRow(new SweepRow(manifest, spec.text(), spec.seed(), spec.method().label(), done,
                sweepCounts.byLabel(), counts.tags(), started, finished, runCounts.total()));
        return new RunResult(output.toString(), plan.variants(), done, chunkIds.size(), runCounts, sweepCounts,
                counts.tags(), finished.toEpochMilli() - started.toEpochMilli());
    }

    /** The class and built-in tag counts of chunks, in the form {@link Tagger#count()} gives them. */
    private static Tagger.Counts summed(List<ChunkSummary> summaries) {
        ClassCounts classes = new ClassCounts(summaries.get(0).counts().labels());
        ClassCounts tags = new ClassCounts(summaries.get(0).tags().labels());
        for (ChunkSummary s : summaries) {
            classes.addAll(s.counts());
            tags.addAll(s.tags());
        }
        return new Tagger.Counts(classes.byLabel(), tags.byLabel());
    }

    /** Simulates the chunks, one Spark task each, and returns their summaries. */
    private List<ChunkSummary> simulate(SparkSession spark, List<Integer> chunkIds, PrintWriter progress,
                                        boolean terminal) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> labels = spec.classLabels();
        LongAccumulator[] perClass = new LongAccumulator[labels.size()];
        for (int c = 0; c < perClass.length; c++) {
            perClass[c] = spark.sparkContext().longAccumulator("circuit-sweep variants " + labels.get(c));
        }
        Broadcast<SerializableConfiguration> conf =
                jsc.broadcast(new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
        ChunkTask task = new ChunkTask(spec, specSource, manifest.sweepId(), plan, output.models().toString(), conf,
                perClass);
        ProgressListener listener = new ProgressListener(labels, perClass);
        spark.sparkContext().addSparkListener(listener);
        ProgressReporter reporter = new ProgressReporter(progress, terminal, plan.variants(), plan.variantsIn(committed),
                listener::snapshot);
        try {
            jsc.setJobDescription("simulate " + chunkIds.size() + " chunks of " + spec.name());
            // One chunk per partition, so a task is a chunk: retried or speculated as a unit.
            List<ChunkSummary> summaries = jsc.parallelize(chunkIds, chunkIds.size()).mapPartitions(task).collect();
            ClassCounts counts = new ClassCounts(labels);
            summaries.forEach(s -> counts.addAll(s.counts()));
            reporter.finish(counts);
            return summaries;
        } finally {
            reporter.close();
            spark.sparkContext().removeSparkListener(listener);
            conf.destroy();
        }
    }
}
