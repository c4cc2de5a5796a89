package org.circuitsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.circuitsweep.jobs.cli.RefusalTest.assertRefusedOneLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.circuitsweep.engine.analysis.NetworkResult;
import org.circuitsweep.engine.model.Cell;
import org.circuitsweep.engine.model.Circuit;
import org.circuitsweep.engine.model.Conductances;
import org.circuitsweep.engine.model.Prinz2004Pyloric;
import org.circuitsweep.engine.sim.CircuitSimulator;
import org.circuitsweep.jobs.io.Manifest;
import org.circuitsweep.jobs.io.SweepOutput;
import org.circuitsweep.jobs.job.CellSelections;
import org.circuitsweep.jobs.job.SweepSparkConf;
import org.circuitsweep.jobs.spec.SpecLoader;
import org.circuitsweep.jobs.spec.SweepSpec;
import org.circuitsweep.jobs.support.Cli;
import org.circuitsweep.jobs.support.ReferenceRuns;
import org.circuitsweep.jobs.support.ReferenceRuns.Reference;
import org.circuitsweep.jobs.support.SharedSpark;
import org.circuitsweep.jobs.support.TableRows;
import org.circuitsweep.jobs.support.TestSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A network sweep whose LP candidates are the neurons that a SQL condition selects from a neuron
 * sweep (the tiny random sweep of the other tests), run through the command line; and the base
 * directories and conditions that such a spec refuses.
 */
class ChainedSweepTest {

    private static final String CONDITION = "class = 'silent' AND gNa < 300";

    @TempDir
    Path tmp;

    @Test
    void lpCandidatesAreTheSelectedRowsInVariantOrderAndTheRowsAreTheirNetworks() throws IOException {
        Reference base = ReferenceRuns.of(TestSpecs.TINY);
        SweepSpec baseSpec = SpecLoader.parse(TestSpecs.text(TestSpecs.TINY), "base");
        Manifest baseManifest = SweepOutput.at(base.output().toString(), conf()).requireManifest();
        List<Row> selected = SharedSpark.get().read().parquet(base.output().resolve("models").toString())
                .where(CONDITION).orderBy("variant").select("variant", "gNa", "gCaS", "gKd", "gLeak").collectAsList();
        assertThat(selected).hasSizeGreaterThan(1);
        Path spec = chainedSpec(base.output().toString(), CONDITION);

        Cli.Result run = Cli.run("run", spec.toString());
        assertThat(run.exit()).as(run.err()).isZero();

        SweepSpec resolved = CellSelections.check(SpecLoader.load(spec), spec.toString(), conf()).resolve(SharedSpark.get());
        assertThat(resolved.canonicalForm()).contains("cell LP: from " + baseManifest.specHash() + " where " + CONDITION
                + " selects " + selected.size() + " ");
        assertThat(resolved.dimensions().get(1).name()).isEqualTo("LP");
        CircuitSimulator simulator = new CircuitSimulator(resolved.simulation(), resolved.classifierThresholds());
        List<Map<String, Object>> rows = TableRows.of(tmp.resolve("out"));
        assertThat(rows).hasSize(3);
        double[] values = new double[resolved.parameterNames().size()];
        for (int i = 0; i < rows.size(); i++) {
            resolved.sampler().variant(i, values);
            Row lp = selected.get((int) values[1]);
            long baseVariant = lp.getLong(0);
            Conductances g = baseSpec.conductances(new double[] {lp.getDouble(1), lp.getDouble(2), lp.getDouble(3),
                    lp.getDouble(4)});
            NetworkResult expected = simulator.run(withLp(g));
            assertThat(rows.get(i)).containsEntry("lp_neuron", baseManifest.sweepId() + ":" + baseVariant)
                    .containsEntry("lp_base_variant", baseVariant).containsEntry("abpd_base_variant", null)
                    .containsEntry("network_code", null).containsEntry("class", expected.networkClass().label())
                    .containsEntry("lp_class", expected.cells().get(1).activityClass().label());
        }
        assertThat(sweepsRow("spec_hash")).isEqualTo(resolved.hash());

        Cli.Result again = Cli.run("run", spec.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("3 of 3 variants done (0 simulated by this run)");
    }

    @Test
    void badBasesAndConditionsAreRefusedWithOneLineNamingTheCellsField() throws IOException {
        Reference base = ReferenceRuns.of(TestSpecs.TINY);
        String good = base.output().toString();
        Path foreign = Files.createDirectories(tmp.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        Path incomplete = tmp.resolve("incomplete");
        ReferenceRuns.run(TestSpecs.write(TestSpecs.TINY, tmp.resolve("spec"), 0), incomplete, 1);

        assertRefused(chainedSpec(tmp.resolve("nowhere").toString(), CONDITION), "cells.LP.from", "no sweep output there");
        assertRefused(chainedSpec(foreign.toString(), CONDITION), "cells.LP.from", "not a sweep output");
        assertRefused(chainedSpec(ReferenceRuns.of("tiny-network.yaml").output().toString(), CONDITION),
                "cells.LP.from", "holds a prinz2004-pyloric sweep; cells can be selected only from a prinz2003");
        assertRefused(chainedSpec(incomplete.toString(), CONDITION), "cells.LP.from", "incomplete (8 of 60 variants)");
        assertRefused(chainedSpec(good, "no_such_column > 1"), "cells.LP.where", "no_such_column");
        assertRefused(chainedSpec(good, "variant < 0"), "cells.LP.where", "selects no neuron");
        assertRefused(chainedSpec(good, "period_ms +"), "cells.LP.where", "not a valid SQL condition");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    /** AB/PD 2, an LP of conductances g, PY 1, ABLP = LPPM = PYLP = 30 nS: the networks of the chained spec. */
    private static Circuit withLp(Conductances g) {
        Circuit template = Prinz2004Pyloric.circuit("ABPD2", "LP4", "PY1",
                Prinz2004Pyloric.strengths(Map.of("ABLP", 30.0, "LPPM", 30.0, "PYLP", 30.0)));
        List<Cell> cells = new ArrayList<>(template.cells());
        cells.set(1, new Cell("LP", "selected", g, 0.0));
        return new Circuit(cells, template.synapses(), template.couplings());
    }

    private void assertRefused(Path spec, String field, String fragment) {
        assertRefusedOneLine(Cli.run("run", spec.toString()), spec + ": " + field + ": ", fragment);
    }

    /** Three random networks of AB/PD 2, a selected LP and PY 1, 1.5 s each, into tmp/out. */
    private Path chainedSpec(String from, String where) throws IOException {
        return Files.writeString(tmp.resolve("chained-" + Math.abs((from + where).hashCode()) + ".yaml"), """
                name: chained
                seed: 5
                model: prinz2004-pyloric
                method: random
                count: 3
                chunk-size: 2
                output: '%s'
                cells:
                  ABPD: {neurons: [ABPD2]}
                  LP: {from: '%s', where: "%s"}
                  PY: {neurons: [PY1]}
                parameters:
                  ABLP: {value: 30}
                  LPPM: {value: 30}
                  PYLP: {value: 30}
                simulation: {duration-ms: 1500, transient-ms: 500}
                """.formatted(tmp.resolve("out"), from, where));
    }

    private Object sweepsRow(String column) {
        return SharedSpark.get().read().parquet(tmp.resolve("out").resolve("sweeps").toString()).collectAsList().get(0)
                .getAs(column);
    }

    private static Configuration conf() {
        return SweepSparkConf.hadoopConf(SharedSpark.get().sparkContext().getConf());
    }
}
