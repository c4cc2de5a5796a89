package org.circuitsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.circuitsweep.jobs.cli.RefusalTest.assertRefusedOneLine;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.circuitsweep.engine.analysis.NetworkResult;
import org.circuitsweep.engine.analysis.PyloricFeatures;
import org.circuitsweep.engine.classify.ClassifierThresholds;
import org.circuitsweep.engine.model.Prinz2004Pyloric;
import org.circuitsweep.engine.sim.CircuitSimulator;
import org.circuitsweep.engine.sim.Integrator;
import org.circuitsweep.engine.sim.SimulationSettings;
import org.circuitsweep.jobs.support.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sweep trace --circuit}: the JSON, trace.csv and trace.png of a network, and refused input. */
class NetworkTraceTest {

    private static final String SYN = "ABLP=30,PDLP=30,ABPY=10,PDPY=3,LPPM=30,LPPY=1,PYLP=30";

    @TempDir
    Path tmp;

    @Test
    void aPyloricNetworkGivesItsRowAsJsonEveryCellsTraceAndAStackedPlot() throws IOException {
        Path out = tmp.resolve("t");
        Cli.Result r = Cli.run("trace", "--circuit", "prinz2004-pyloric", "--cells", "ABPD2,LP4,PY1", "--syn", SYN,
                "--duration-ms", "3000", "--transient-ms", "1000", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();

        JsonNode json = new ObjectMapper().readTree(r.out());
        NetworkResult expected = new CircuitSimulator(new SimulationSettings(0.05, 3000, 1000, 0, 0,
                Integrator.EXPONENTIAL_EULER, false), ClassifierThresholds.defaults()).run(Prinz2004Pyloric.circuit("ABPD2",
                "LP4", "PY1", Prinz2004Pyloric.strengths(Map.of("ABLP", 30.0, "PDLP", 30.0, "ABPY", 10.0, "PDPY", 3.0,
                        "LPPM", 30.0, "LPPY", 1.0, "PYLP", 30.0))));
        assertThat(json.get("class").asText()).isEqualTo(expected.networkClass().label());
        assertThat(json.get("cycles").asInt()).isEqualTo(expected.cycles());
        assertThat(json.get("network_code").asText()).isEqualTo("1303332313");
        assertThat(json.get("lp_neuron").asText()).isEqualTo("LP4");
        assertThat(json.get("PDPY").asDouble()).isEqualTo(3.0);
        for (String feature : PyloricFeatures.NAMES) {
            assertThat(json.has(feature.replaceAll("([A-Z])", "_$1").toLowerCase())).as(feature).isTrue();
        }
        for (int c = 0; c < 3; c++) {
            String cell = List.of("abpd", "lp", "py").get(c);
            assertThat(json.get(cell + "_class").asText()).isEqualTo(expected.cells().get(c).activityClass().label());
            assertThat(json.has(cell + "_period_ms")).isTrue();
        }

        List<String> csv = Files.readAllLines(out.resolve("trace.csv"));
        assertThat(csv.get(0)).isEqualTo("t_ms,ABPD_V_mV,ABPD_Ca_uM,LP_V_mV,LP_Ca_uM,PY_V_mV,PY_Ca_uM");
        assertThat(csv).hasSize(1 + 60_000);
        assertThat(csv.get(60_000)).startsWith("3000.0000,");
        BufferedImage png = ImageIO.read(out.resolve("trace.png").toFile());
        assertThat(png.getWidth()).isEqualTo(1600);
        assertThat(png.getHeight()).isGreaterThanOrEqualTo(750);
    }

    @Test
    void aCircuitFileIsTracedWithItsOwnCellNamesAndSynapseOverrides() throws IOException {
        Path out = tmp.resolve("h");
        Cli.Result r = Cli.run("trace", "--circuit", "../configs/circuits/half-centre.yaml", "--syn", "LR=30",
                "--duration-ms", "1500", "--transient-ms", "500", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();

        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.has("left_class") && json.has("right_period_ms") && json.has("period_ms")).isTrue();
        assertThat(json.has("network_code")).isFalse();
        assertThat(Files.readAllLines(out.resolve("trace.csv")).get(0))
                .isEqualTo("t_ms,left_V_mV,left_Ca_uM,right_V_mV,right_Ca_uM");
        assertThat(ImageIO.read(out.resolve("trace.png").toFile())).isNotNull();
    }

    @Test
    void badCellsAndSynapsesAreOneLineNamingTheOptionAndTheAllowedValues() {
        String out = tmp.resolve("bad").toString();
        assertRefusedOneLine(trace("--cells", "ABPD2,LP4"), "--cells: 'ABPD2,LP4' names 2 neurons", "ABPD, LP, PY");
        assertRefusedOneLine(trace("--cells", "ABPD2,PY1,PY1"), "--cells LP: 'PY1' is not allowed",
                "allowed: LP1, LP2, LP3, LP4, LP5");
        assertRefusedOneLine(trace("--cells", "ABPD9,LP1,PY1"), "--cells ABPD: 'ABPD9'", "ABPD1, ABPD2");
        assertRefusedOneLine(trace("--cells", "ABPD2,LP4,PY1", "--syn", "ABLP=-3"), "--syn ABLP: -3 is not allowed",
                "[0, 10000] nS");
        assertRefusedOneLine(trace("--cells", "ABPD2,LP4,PY1", "--syn", "LPLP=3"), "--syn: unknown synapse 'LPLP'",
                "allowed: ABLP, PDLP, ABPY, PDPY, LPPM, LPPY, PYLP");
        assertRefusedOneLine(trace("--cells", "ABPD2,LP4,PY1", "--syn", "ABLP=x"), "--syn ABLP: 'x' is not a number",
                "[0, 10000] nS");
        assertRefusedOneLine(trace(), "--cells: required with --circuit prinz2004-pyloric", "ABPD2,LP4,PY1");
        assertRefusedOneLine(trace("--cells", "ABPD2,LP4,PY1", "--set", "gNa=1"), "--set: not allowed with --circuit", "");
        assertRefusedOneLine(Cli.run("trace", "--circuit", tmp.resolve("none.yaml").toString(), "--out", out),
                "--circuit: no such file", "prinz2004-pyloric");
        assertRefusedOneLine(Cli.run("trace", "--syn", "ABLP=3", "--out", out), "--syn: only with --circuit", "");
        assertThat(tmp.resolve("bad")).doesNotExist();
    }

    private Cli.Result trace(String... options) {
        String[] args = new String[options.length + 5];
        args[0] = "trace";
        args[1] = "--circuit";
        args[2] = "prinz2004-pyloric";
        System.arraycopy(options, 0, args, 3, options.length);
        args[options.length + 3] = "--out";
        args[options.length + 4] = tmp.resolve("bad").toString();
        return Cli.run(args);
    }
}
