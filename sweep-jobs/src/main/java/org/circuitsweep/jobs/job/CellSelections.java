package org.circuitsweep.jobs.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.circuitsweep.engine.model.Prinz2004Pyloric;
import org.circuitsweep.jobs.io.Manifest;
import org.circuitsweep.jobs.io.OutputException;
import org.circuitsweep.jobs.io.SweepOutput;
import org.circuitsweep.jobs.io.SweepTables;
import org.circuitsweep.jobs.io.TableSchemas;
import org.circuitsweep.jobs.plan.SweepPlan;
import org.circuitsweep.jobs.spec.Candidate;
import org.circuitsweep.jobs.spec.CellSource;
import org.circuitsweep.jobs.spec.ModelKind;
import org.circuitsweep.jobs.spec.Selection;
import org.circuitsweep.jobs.spec.SpecException;
import org.circuitsweep.jobs.spec.SpecInputs;
import org.circuitsweep.jobs.spec.SpecLoader;
import org.circuitsweep.jobs.spec.SweepSpec;

/**
 * Chaining: the cells of a network spec that are selected from a neuron sweep
 * ({@code LP: {from: out/quickstart, where: "class = 'bursting'"}}). {@link #check} reads each base
 * directory without Spark and refuses anything but a complete prinz2003 sweep; {@link #resolve}
 * then runs each condition once with Spark SQL over the base's models table, sorted by variant,
 * and returns the spec with the selected rows' conductances as the cells' candidates. Every
 * refusal is a one-line {@link SpecException} naming the cell's field. Driver only.
 */
public final class CellSelections {

    /** Candidates travel to every task and into the hash; more than this is surely too broad a condition. */
    static final int MAX_CANDIDATES = 100_000;

    /** A base sweep that passed the checks. */
    private record Base(String cell, CellSource.Selected source, SweepOutput output, Manifest manifest, SweepSpec spec) {
    }

    private final SweepSpec spec;
    private final String specSource;
    private final List<Base> bases;

    private CellSelections(SweepSpec spec, String specSource, List<Base> bases) {
        this.spec = spec;
        this.specSource = specSource;
        this.bases = bases;
    }

    /** Checks the base directory of every unresolved selected cell; writes nothing, needs no Spark. */
    public static CellSelections check(SweepSpec spec, String specSource, Configuration hadoopConf) {
        List<Base> bases = new ArrayList<>();
        for (int c = 0; c < spec.cells().size(); c++) {
            if (spec.cells().get(c) instanceof CellSource.Selected s && !s.resolved()) {
                String cell = Prinz2004Pyloric.CELL_NAMES.get(c);
                bases.add(base(cell, s, specSource, hadoopConf));
            }
        }
        return new CellSelections(spec, specSource, List.copyOf(bases));
    }

    /** Whether {@link #resolve} needs Spark. */
    public boolean needed() {
        return !bases.isEmpty();
    }

    /** The spec with every selected cell resolved (the spec itself when there is none). */
    public SweepSpec resolve(SparkSession spark) {
        SpecInputs inputs = spec.inputs();
        for (Base base : bases) {
            inputs = inputs.withSelection(base.cell(), select(base, spark));
        }
        return bases.isEmpty() ? spec : SpecLoader.parse(spec.text(), specSource, inputs);
    }

    private static Base base(String cell, CellSource.Selected source, String specSource, Configuration conf) {
        String field = "cells." + cell + ".from";
        try {
            SweepOutput output = SweepOutput.at(source.from(), conf);
            Optional<Manifest> manifest = output.inspect();
            if (manifest.isEmpty()) {
                throw new SpecException(specSource, field, source.from() + ": no sweep output there (missing or empty "
                        + "directory); give the output directory of a finished prinz2003 sweep");
            }
            SweepSpec base = SpecLoader.parse(output.readSpec(), output + "/" + SweepOutput.SPEC);
            if (base.kind() != ModelKind.NEURON) {
                throw new SpecException(specSource, field, source.from() + ": holds a " + base.model()
                        + " sweep; cells can be selected only from a prinz2003 (single-neuron) sweep");
            }
            Manifest m = manifest.get();
            if (!base.hash().equals(m.specHash())) {
                throw new SpecException(specSource, field, source.from() + ": its spec.yaml does not give its spec hash "
                        + m.specHash() + " with this build (made by another version?); run the neuron sweep again");
            }
            SweepPlan plan = new SweepPlan(m.variantCount(), m.chunkSize());
            long done = plan.variantsIn(output.committedChunks(plan, TableSchemas.models(m.parameterNames())));
            if (done < m.variantCount()) {
                throw new SpecException(specSource, field, source.from() + ": the sweep is incomplete (" + done + " of "
                        + m.variantCount() + " variants); finish it first with `sweep resume " + source.from() + "`");
            }
            return new Base(cell, source, output, m, base);
        } catch (OutputException e) {
            throw new SpecException(specSource, field, e.getMessage());
        } catch (SpecException e) {
            throw e.getMessage().startsWith(specSource + ": ") ? e : new SpecException(specSource, field, e.getMessage());
        }
    }

    private Selection select(Base base, SparkSession spark) {
        List<String> parameters = base.spec().parameterNames();
        List<Column> columns = new ArrayList<>();
        columns.add(functions.col(TableSchemas.VARIANT));
        parameters.forEach(p -> columns.add(functions.col(p)));
        List<Row> rows;
        try {
            Dataset<Row> selected = spark.read().parquet(base.output().models().toString())
                    .where(base.source().where()).orderBy(TableSchemas.VARIANT).select(columns.toArray(new Column[0]));
            rows = selected.limit(MAX_CANDIDATES + 1).collectAsList();
        } catch (Exception e) { // Scala does not declare the checked AnalysisException
            if (e instanceof AnalysisException) {
                throw new SpecException(specSource, "cells." + base.cell() + ".where", "the condition cannot be run on "
                        + base.source().from() + "'s models table: " + SweepTables.firstLine(e.getMessage()));
            }
            throw e;
        }
        String where = "cells." + base.cell() + ".where";
        if (rows.isEmpty()) {
            throw new SpecException(specSource, where, "selects no neuron of " + base.source().from()
                    + "; loosen the condition");
        }
        if (rows.size() > MAX_CANDIDATES) {
            throw new SpecException(specSource, where, "selects more than " + MAX_CANDIDATES + " neurons of "
                    + base.source().from() + "; allowed: at most " + MAX_CANDIDATES + "; narrow the condition");
        }
        List<Candidate> candidates = new ArrayList<>(rows.size());
        double[] values = new double[parameters.size()];
        for (Row r : rows) {
            long variant = r.getLong(0);
            for (int i = 0; i < values.length; i++) {
                values[i] = r.getDouble(i + 1);
            }
            candidates.add(new Candidate(base.manifest().sweepId() + ":" + variant,
                    base.spec().conductances(values).toArray(), variant));
        }
        return new Selection(base.manifest().sweepId(), base.manifest().specHash(), candidates);
    }
}
