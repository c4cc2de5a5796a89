package org.circuitsweep.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page as a browser draws it: headless Chromium takes a screenshot of index.html, which must
 * show the charts (many colours, much ink, the class colours of the bar chart), not a blank or an
 * error page. Chromium is required, never skipped: {@code scripts/test} (what CI runs) installs
 * it when it is missing.
 */
class ReportChromiumTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 2000;

    @TempDir
    Path tmp;

    @Test
    void chromiumDrawsThePageWithItsCharts() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("%s is missing: this test needs Chromium; scripts/test installs it (or apt-get install -y chromium)", CHROMIUM)
                .isTrue();
        Path page = TinyReport.get().dir().resolve("index.html");
        Path shot = tmp.resolve("page.png");
        Path profile = Files.createDirectories(tmp.resolve("profile"));
        ProcessBuilder b = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile, "--screenshot=" + shot,
                "--window-size=" + WIDTH + "," + HEIGHT, page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile());
        Process chromium = b.start();
        try {
            assertThat(chromium.waitFor(180, TimeUnit.SECONDS)).as("Chromium finished within 3 minutes").isTrue();
        } finally {
            // Chromium starts helper processes (zygote, renderer): end them all, ours only.
            chromium.descendants().forEach(ProcessHandle::destroyForcibly);
            chromium.destroyForcibly();
        }
        assertThat(shot).as(Files.readString(tmp.resolve("chromium.log"))).exists();

        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(HEIGHT);
        Set<Integer> colours = new HashSet<>();
        long ink = 0;
        long classPixels = 0;
        List<Color> classColours = List.of(ReportCharts.colour("silent"), ReportCharts.colour("tonic"),
                ReportCharts.colour("bursting"), ReportCharts.colour("irregular"));
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                ink += rgb == 0xffffff ? 0 : 1;
                classPixels += classColours.stream().anyMatch(c -> close(c, rgb)) ? 1 : 0;
            }
        }
        assertThat(colours.size()).as("distinct colours: charts, not a blank page").isGreaterThan(200);
        assertThat((double) ink / (WIDTH * HEIGHT)).as("non-white fraction").isGreaterThan(0.08);
        assertThat(classPixels).as("pixels of the class bars and histograms: the PNGs were loaded").isGreaterThan(20_000);
    }

    private static boolean close(Color c, int rgb) {
        return Math.abs(c.getRed() - (rgb >> 16 & 0xff)) <= 6 && Math.abs(c.getGreen() - (rgb >> 8 & 0xff)) <= 6
                && Math.abs(c.getBlue() - (rgb & 0xff)) <= 6;
    }
}
