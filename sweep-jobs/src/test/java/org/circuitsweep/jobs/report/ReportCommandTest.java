package org.circuitsweep.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.circuitsweep.jobs.support.Cli;
import org.circuitsweep.jobs.support.TreeHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sweep report}: a self-contained page, refusals that write nothing, and a report replaced whole. */
class ReportCommandTest {

    @TempDir
    Path tmp;

    private final TinyReport.Made report = TinyReport.get();
    private final String output = report.reference().output().toString();

    @Test
    void thePageIsSelfContainedAndEveryImageHasAltTextAndExists() throws IOException {
        String html = report.html();
        for (String external : List.of("http:", "https:", "<script", "<link", "@import", "url(")) {
            assertThat(html).as("no external resource").doesNotContain(external);
        }
        Matcher img = Pattern.compile("<img ([^>]*)>").matcher(html);
        List<String> sources = new ArrayList<>();
        while (img.find()) {
            Matcher src = Pattern.compile("src=\"([^\"]+)\"").matcher(img.group(1));
            Matcher alt = Pattern.compile("alt=\"([^\"]{20,})\"").matcher(img.group(1));
            assertThat(src.find()).as(img.group()).isTrue();
            assertThat(alt.find()).as("alt text of " + img.group()).isTrue();
            sources.add(src.group(1));
        }
        try (Stream<Path> files = Files.list(report.dir())) {
            List<String> pngs = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")).toList();
            assertThat(sources).containsExactlyInAnyOrderElementsOf(pngs);
        }
        assertThat(sources).contains("classes.png", "parameters-bursting.png", "map-gCaS-gKCa.png", "map-gH-gKCa.png",
                "features-bursting.png", "traces-bursting.png");
    }

    @Test
    void badPairsAreOneLineErrorsNamingTheAllowedParametersAndWriteNothing() {
        Map<String, String> before = TreeHash.of(report.reference().output());
        Path out = tmp.resolve("report");
        for (String pairs : List.of("gCaS:gNope", "gCaS", "gCaS:gCaS", "gCaS:gLeak", "gCaS:gH,", "gNa:gKd")) {
            Cli.Result r = Cli.run("report", output, "--out", out.toString(), "--pairs", pairs);
            assertRefusedOneLine(r, "--pairs", "gCaS, gH, gKCa");
            assertThat(out).as(pairs).doesNotExist();
        }
        assertThat(TreeHash.of(report.reference().output())).isEqualTo(before);
    }

    @Test
    void aDirectoryThatIsNotAReportIsRefusedAndLeftAsItWas() throws IOException {
        Path foreign = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        assertRefusedOneLine(Cli.run("report", output, "--out", foreign.toString()), "--out", "notes.txt");
        assertThat(TreeHash.of(foreign)).containsOnlyKeys("", "notes.txt");
        assertRefusedOneLine(Cli.run("report", tmp.resolve("missing").toString()), "missing", "not a sweep output");
    }

    @Test
    void aReportReplacesTheEarlierOneWholeAndMapsTheFirstTwoSweptParametersByDefault() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("again"));
        Files.copy(report.dir().resolve("map-gH-gKCa.png"), out.resolve("map-gH-gKCa.png"));
        Files.copy(report.dir().resolve("index.html"), out.resolve("index.html"));

        Cli.Result r = Cli.run("report", output, "--out", out.toString(), "--examples", "0");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("report of 24 models: " + out.resolve("index.html"));
        assertThat(out.resolve("map-gCaS-gH.png")).exists();
        assertThat(out.resolve("map-gH-gKCa.png")).as("left from the earlier report").doesNotExist();
        assertThat(Files.readString(out.resolve("index.html"))).contains("No examples were asked for");
        assertThat(out.resolve("traces-bursting.png")).doesNotExist();
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).as("no temporary directory left").containsOnly("again");
        }
    }

    /** Exit code 2, one line on stderr that mentions both texts, nothing on stdout. */
    private static void assertRefusedOneLine(Cli.Result r, String mentions, String alsoMentions) {
        assertThat(r.exit()).as("exit code; stderr: %s", r.err()).isEqualTo(2);
        assertThat(r.errLines()).as("stderr").singleElement().asString().contains(mentions).contains(alsoMentions);
        assertThat(r.out()).isEmpty();
    }
}
