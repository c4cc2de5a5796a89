package org.circuitsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.circuitsweep.jobs.cli.RefusalTest.assertRefusedOneLine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.circuitsweep.jobs.support.Cli;
import org.circuitsweep.jobs.support.ReferenceRuns;
import org.circuitsweep.jobs.support.ReferenceRuns.Reference;
import org.circuitsweep.jobs.support.TestSpecs;
import org.circuitsweep.jobs.support.TreeHash;
import org.junit.jupiter.api.Test;

/** {@code sweep query} on the reference output of the tiny spec. */
class QueryTest {

    private final Reference ref = ReferenceRuns.of(TestSpecs.TINY);
    private final String dir = ref.output().toString();

    @Test
    void classCountsFromSqlEqualTheChunkSummariesOfTheRun() {
        Cli.Result r = Cli.run("query", dir, "SELECT class, count(*) AS models FROM models GROUP BY class ORDER BY class",
                "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("class,models");
        Map<String, Long> counted = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            counted.put(cells[0], Long.parseLong(cells[1]));
        }
        Map<String, Long> summary = new HashMap<>(ref.result().runCounts().byLabel());
        summary.values().removeIf(n -> n == 0);
        assertThat(counted).isEqualTo(summary);
        assertThat(counted.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(60);
    }

    @Test
    void theSweepsViewAgreesWithTheModelsView() {
        Cli.Result r = Cli.run("query", dir, "SELECT s.variant_count, s.variants_done, count(*) AS models "
                + "FROM sweeps s JOIN models m ON m.sweep_id = s.sweep_id GROUP BY s.variant_count, s.variants_done",
                "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines()).containsExactly("variant_count,variants_done,models", "60,60,60");
    }

    @Test
    void jsonIsOneObjectPerLineWithExplicitNulls() throws Exception {
        Cli.Result r = Cli.run("query", dir, "SELECT variant, class, period_ms FROM models ORDER BY variant LIMIT 5",
                "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(5);
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < 5; i++) {
            JsonNode row = json.readTree(lines.get(i));
            assertThat(row.get("variant").asLong()).isEqualTo(i);
            assertThat(row.has("period_ms")).isTrue();
        }
    }

    @Test
    void tableOutputIsAligned() {
        Cli.Result r = Cli.run("query", dir, "SELECT class, count(*) AS n, min(variant) FROM models GROUP BY class");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("class").contains("n").endsWith("min(variant)");
        assertThat(lines.get(1)).matches("-+( +-+)+");
        assertThat(lines).allSatisfy(l -> assertThat(l).hasSameSizeAs(lines.get(1)));
    }

    @Test
    void writesAndCommandsAreRefusedBeforeSparkRunsAndChangeNothing() {
        var before = TreeHash.of(ref.output());
        for (String sql : List.of("INSERT INTO models SELECT * FROM models", "CREATE TABLE t AS SELECT 1",
                "DROP VIEW models", "ALTER TABLE models ADD COLUMNS (x INT)", "CACHE TABLE models",
                "SET spark.sql.ansi.enabled=false", "ADD JAR /tmp/x.jar",
                "INSERT OVERWRITE DIRECTORY '" + ref.output() + "' SELECT 1",
                "WITH t AS (SELECT 1) INSERT INTO models SELECT * FROM t")) {
            assertRefusedOneLine(Cli.run("query", dir, sql), "SQL: only a read-only query", "statement");
        }
        assertRefusedOneLine(Cli.run("query", dir, "SELECT 1; DROP VIEW models"), "SQL: not a single valid statement", "");
        assertThat(TreeHash.of(ref.output())).isEqualTo(before);
    }

    @Test
    void badSqlAndBadDirectoriesAreOneLineUserErrors() {
        assertRefusedOneLine(Cli.run("query", dir, "SELECT no_such_column FROM models"), "SQL:", "no_such_column");
        assertRefusedOneLine(Cli.run("query", dir + "-missing", "SELECT 1"), "-missing", "not a sweep output");
    }
}
