package org.circuitsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.circuitsweep.jobs.support.Cli;
import org.circuitsweep.jobs.support.ReferenceRuns;
import org.circuitsweep.jobs.support.ReferenceRuns.Reference;
import org.circuitsweep.jobs.support.TableRows;
import org.junit.jupiter.api.Test;

/** {@code sweep query} on a network output: counts per network class and per neuron combination. */
class NetworkQueryTest {

    private final Reference ref = ReferenceRuns.of("tiny-network.yaml");

    @Test
    void countsPerClassAreTheRunsClassCounts() {
        Cli.Result r = Cli.run("query", ref.output().toString(),
                "SELECT class, count(*) AS networks FROM models GROUP BY class ORDER BY class", "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        Map<String, Long> counted = new HashMap<>();
        r.out().lines().skip(1).forEach(l -> counted.put(l.split(",")[0], Long.parseLong(l.split(",")[1])));
        Map<String, Long> summary = new HashMap<>(ref.result().sweepCounts().byLabel());
        summary.values().removeIf(n -> n == 0);
        assertThat(counted).isEqualTo(summary);
    }

    @Test
    void countsPerNeuronCombinationAndClassAddUpToTheRows() {
        Cli.Result r = Cli.run("query", ref.output().toString(), "SELECT abpd_neuron, lp_neuron, py_neuron, class, "
                + "count(*) AS networks FROM models GROUP BY abpd_neuron, lp_neuron, py_neuron, class "
                + "ORDER BY abpd_neuron, lp_neuron, py_neuron, class", "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("abpd_neuron,lp_neuron,py_neuron,class,networks");

        Map<String, Long> expected = new HashMap<>();
        for (Map<String, Object> row : TableRows.of(ref.output())) {
            expected.merge(row.get("abpd_neuron") + "," + row.get("lp_neuron") + "," + row.get("py_neuron") + ","
                    + row.get("class"), 1L, Long::sum);
        }
        Map<String, Long> counted = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int comma = line.lastIndexOf(',');
            counted.put(line.substring(0, comma), Long.parseLong(line.substring(comma + 1)));
        }
        assertThat(counted).isEqualTo(expected);
        assertThat(counted.keySet()).allMatch(k -> k.startsWith("ABPD1,LP4,PY1,") || k.startsWith("ABPD2,LP4,PY1,"));
    }
}
