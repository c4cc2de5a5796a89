package org.circuitsweep.jobs.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.circuitsweep.jobs.report.ReportData.ClassCount;
import org.circuitsweep.jobs.report.ReportData.DensityMap;
import org.circuitsweep.jobs.report.ReportData.Example;
import org.circuitsweep.jobs.report.ReportData.Histogram;

/**
 * The files of a report, flat in one directory: {@code index.html}, {@code report.json} and the
 * PNG images the page links. Names are derived here once, for the writer and the page.
 */
public final class ReportFiles {

    public static final String PAGE = "index.html";
    public static final String JSON = "report.json";
    static final String CLASSES = "classes.png";

    private ReportFiles() {
    }

    static String parameters(String label) {
        return "parameters-" + safe(label) + ".png";
    }

    static String map(String x, String y) {
        return "map-" + safe(x) + "-" + safe(y) + ".png";
    }

    static String features(String label) {
        return "features-" + safe(label) + ".png";
    }

    static String traces(String label) {
        return "traces-" + safe(label) + ".png";
    }

    /** Writes every file of the report of {@code d} into {@code dir}. */
    public static void write(ReportData d, Path dir) throws IOException {
        // Charts are drawn into images, never on a screen: also on machines without a display.
        System.setProperty("java.awt.headless", "true");
        ReportCharts.classes(d.classes(), dir.resolve(CLASSES));
        for (ClassCount c : d.presentClasses()) {
            List<Histogram> histograms = d.histograms().stream().filter(h -> h.group().equals(c.label())).toList();
            if (!histograms.isEmpty()) {
                ReportCharts.histograms(histograms, ReportCharts.colour(c.label()), dir.resolve(parameters(c.label())));
            }
            List<Example> examples = d.examples().stream().filter(e -> e.group().equals(c.label())).toList();
            if (!examples.isEmpty()) {
                ReportCharts.traces(examples, dir.resolve(traces(c.label())));
            }
        }
        List<List<String>> pairs = d.maps().stream().map(m -> List.of(m.x().column(), m.y().column())).distinct().toList();
        for (List<String> pair : pairs) {
            List<DensityMap> maps = d.maps().stream()
                    .filter(m -> m.x().column().equals(pair.get(0)) && m.y().column().equals(pair.get(1))).toList();
            DensityMapChart.write(maps, dir.resolve(map(pair.get(0), pair.get(1))));
        }
        if (!d.features().isEmpty()) {
            ReportCharts.histograms(d.features().stream().map(ReportData.FeatureSummary::histogram).toList(),
                    ReportCharts.colour(d.featureClass()), dir.resolve(features(d.featureClass())));
        }
        ReportPage.write(d, dir.resolve(PAGE));
        ReportJson.write(d, dir.resolve(JSON));
    }

    /** A class label or column as part of a file name: letters, digits, '-' and '_' only. */
    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
