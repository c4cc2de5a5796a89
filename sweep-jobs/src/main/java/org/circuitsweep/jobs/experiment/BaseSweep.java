package org.circuitsweep.jobs.experiment;

import java.util.Optional;

import org.apache.avro.Schema;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.circuitsweep.jobs.io.ExperimentOutput;
import org.circuitsweep.jobs.io.Manifest;
import org.circuitsweep.jobs.io.OutputException;
import org.circuitsweep.jobs.io.SweepOutput;
import org.circuitsweep.jobs.job.CellSelections;
import org.circuitsweep.jobs.plan.SweepPlan;
import org.circuitsweep.jobs.spec.ExperimentSpec;
import org.circuitsweep.jobs.spec.SpecException;
import org.circuitsweep.jobs.spec.SpecLoader;
import org.circuitsweep.jobs.spec.SweepSpec;

/**
 * The finished sweep an experiment perturbs, and its own spec exactly as its rows were made: read
 * from its spec.yaml, with cells selected from other sweeps selected again (with Spark), and
 * accepted only when that gives the spec hash of its manifest. So the variants the experiment
 * rebuilds from (seed, index) are the variants of the stored rows, under the same protocol,
 * classifier and kernel. Every refusal is a one-line {@link SpecException} naming the base field.
 * Driver only.
 */
final class BaseSweep {

    private final ExperimentSpec experiment;
    private final SweepOutput output;
    private final Manifest manifest;
    private final String specSource;
    private final CellSelections selections;
    private SweepSpec spec;

    private BaseSweep(ExperimentSpec experiment, SweepOutput output, Manifest manifest, SweepSpec spec, String specSource,
                      CellSelections selections) {
        this.experiment = experiment;
        this.output = output;
        this.manifest = manifest;
        this.spec = spec;
        this.specSource = specSource;
        this.selections = selections;
    }

    /** Checks that the experiment's base is a complete sweep output; needs no Spark and writes nothing. */
    static BaseSweep open(ExperimentSpec experiment, Configuration conf) {
        String base = experiment.base();
        try {
            if (ExperimentOutput.isExperiment(base, conf)) {
                throw experiment.error("base", base + ": is an experiment output; give the output directory of a "
                        + "finished sweep");
            }
            SweepOutput output = SweepOutput.at(base, conf);
            Optional<Manifest> manifest = output.inspect();
            if (manifest.isEmpty()) {
                throw experiment.error("base", base + ": no sweep output there (missing or empty directory); give the "
                        + "output directory of a finished sweep");
            }
            Manifest m = manifest.get();
            String source = output + "/" + SweepOutput.SPEC;
            SweepSpec spec;
            CellSelections selections;
            try {
                spec = SpecLoader.parse(output.readSpec(), source);
                selections = CellSelections.check(spec, source, conf);
            } catch (SpecException e) {
                throw experiment.error("base", "its spec cannot be used: " + e.getMessage());
            }
            SweepPlan plan = new SweepPlan(m.variantCount(), m.chunkSize());
            long done = plan.variantsIn(output.committedChunks(plan, spec.modelsSchema()));
            if (done < m.variantCount()) {
                throw experiment.error("base", base + ": the sweep is not finished (" + done + " of " + m.variantCount()
                        + " variants); finish it first with `sweep resume " + base + "`");
            }
            BaseSweep b = new BaseSweep(experiment, output, m, spec, source, selections);
            if (!selections.needed()) {
                b.requireStoredHash();
            }
            return b;
        } catch (OutputException e) {
            throw experiment.error("base", e.getMessage());
        }
    }

    /** Whether {@link #resolve} needs Spark: its cells are selected from other sweeps. */
    boolean needsResolving() {
        return selections.needed();
    }

    /** Selects the cells of a network base again and checks that its spec hash is the stored one. */
    void resolve(SparkSession spark) {
        if (selections.needed() && !spec.resolved()) {
            try {
                spec = selections.resolve(spark);
            } catch (SpecException e) {
                throw experiment.error("base", e.getMessage());
            }
            requireStoredHash();
        }
    }

    private void requireStoredHash() {
        if (!spec.hash().equals(manifest.specHash())) {
            throw experiment.error("base", experiment.base() + ": its spec.yaml gives spec hash " + spec.hash()
                    + ", not its manifest's " + manifest.specHash() + " (made by another version, or a file it reads "
                    + "changed?); its variants cannot be rebuilt exactly");
        }
    }

    /** The base's spec, resolved (call {@link #resolve} first when {@link #needsResolving}). */
    SweepSpec spec() {
        if (!spec.resolved()) {
            throw new IllegalStateException("resolve the base's selected cells first");
        }
        return spec;
    }

    /** The spec as read, perhaps unresolved: enough for its kind, its hash inputs and its schema. */
    SweepSpec unresolvedSpec() {
        return spec;
    }

    String specSource() {
        return specSource;
    }

    SweepOutput output() {
        return output;
    }

    Manifest manifest() {
        return manifest;
    }

    /** The base's models table as its chunk files were written (columns, docs), read from one footer. */
    Schema storedModelsSchema() {
        return output.storedModelsSchema(new SweepPlan(manifest.variantCount(), manifest.chunkSize()));
    }
}
