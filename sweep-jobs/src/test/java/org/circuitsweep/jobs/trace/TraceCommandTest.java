package org.circuitsweep.jobs.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.circuitsweep.jobs.cli.Main;
import org.circuitsweep.jobs.cli.SparkSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sweep trace} in process: the JSON, the CSV and the PNG of one model. */
class TraceCommandTest {

    @TempDir
    Path tmp;

    private record Result(int exitCode, String out, String err) {
    }

    private static Result trace(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "trace";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = Main.execute(new Main(SparkSessions.EMBEDDED), all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void aBursterPrintsItsFeaturesAndWritesTraceAndPlot() throws Exception {
        Path dir = tmp.resolve("abpd2");
        Result r = trace("--neuron", "prinz2003", "--set", "gNa=100,gCaT=2.5,gCaS=6,gA=50,gKCa=5,gKd=100,gH=0.01,gLeak=0",
                "--duration-ms", "6000", "--transient-ms", "1000", "--out", dir.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("class").asText()).isEqualTo("bursting");
        for (String key : List.of("period_ms", "burst_duration_ms", "duty_cycle", "spikes_per_burst", "spike_rate_hz", "spikes")) {
            assertThat(json.get(key).isNumber()).as(key).isTrue();
        }
        assertThat(json.has("resting_mV")).isTrue();
        assertThat(json.get("resting_mV").isNull()).as("a burster has no resting potential").isTrue();
        assertThat(json.get("period_ms").asDouble()).isBetween(1300.0, 1800.0);

        List<String> csv = Files.readAllLines(dir.resolve("trace.csv"));
        assertThat(csv.get(0)).isEqualTo("t_ms,V_mV,Ca_uM");
        assertThat(csv).hasSize(1 + 120_000);
        assertThat(csv.get(1)).startsWith("0.0500,");

        BufferedImage png = ImageIO.read(dir.resolve("trace.png").toFile());
        assertThat(png.getWidth()).isEqualTo(1600);
        assertThat(png.getHeight()).isEqualTo(900);
        assertThat(distinctColours(png)).as("a drawn chart, not a blank image").isGreaterThan(20);
    }

    @Test
    void aSilentCellHasARestingPotentialAndNoPeriod() throws Exception {
        Result r = trace("--set", "gNa=200,gCaT=7.5,gCaS=0,gA=50,gKCa=0,gKd=75,gH=0.05,gLeak=0",
                "--duration-ms", "3000", "--transient-ms", "1000", "--out", tmp.resolve("py2").toString());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("class").asText()).isEqualTo("silent");
        assertThat(json.get("resting_mV").asDouble()).isBetween(-60.0, -50.0);
        assertThat(json.get("period_ms").isNull()).isTrue();
        assertThat(json.get("spikes").asInt()).isZero();
    }

    @Test
    void badSettingsAreOneLineErrorsAndWriteNothing() {
        Result r = trace("--set", "gNa=100", "--duration-ms", "1000", "--transient-ms", "2000", "--out", tmp.resolve("x").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().contains("transient-ms").contains("duration-ms");
        assertThat(tmp.resolve("x")).doesNotExist();

        Result integrator = trace("--integrator", "euler", "--out", tmp.resolve("y").toString());
        assertThat(integrator.exitCode()).isEqualTo(2);
        assertThat(integrator.err().lines()).singleElement().asString()
                .contains("integrator").contains("exponential-euler, dormand-prince");
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
