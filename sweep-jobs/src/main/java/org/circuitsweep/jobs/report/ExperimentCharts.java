package org.circuitsweep.jobs.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.circuitsweep.jobs.report.ExperimentReportData.Histogram;
import org.circuitsweep.jobs.report.ExperimentReportData.Level;

/**
 * The charts of an experiment's report: the dose-response of the share of units that keep their
 * class against the level, and the parameter distributions of robust against fragile variants.
 * Drawn into PNG files with JFreeChart, never on a screen.
 */
final class ExperimentCharts {

    private static final int WIDTH = ReportCharts.WIDTH;
    static final Color ROBUST = new Color(0x2ca02c);
    static final Color FRAGILE = new Color(0xd62728);
    private static final Color[] LINES = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x9467bd),
            new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf), new Color(0xbcbd22), new Color(0x7f7f7f)};

    private ExperimentCharts() {
    }

    /**
     * Share kept against level: one panel per kind of perturbation (their levels share a unit), one
     * line per condition in it, a point per level. Conditions without a numeric level are left out.
     *
     * @return whether anything was drawn
     */
    static boolean doseResponse(List<Level> levels, Map<Integer, String> conditionTexts, Path file) throws IOException {
        Map<String, XYSeriesCollection> byKind = new LinkedHashMap<>();
        Map<Integer, XYSeries> series = new LinkedHashMap<>();
        for (Level l : levels) {
            if (l.level() == null) {
                continue;
            }
            XYSeries s = series.computeIfAbsent(l.condition(), c -> {
                XYSeries created = new XYSeries("[" + c + "] " + conditionTexts.get(c), true, true);
                byKind.computeIfAbsent(l.kind(), k -> new XYSeriesCollection()).addSeries(created);
                return created;
            });
            s.add(l.level().doubleValue(), l.keptShare());
        }
        if (byKind.isEmpty()) {
            return false;
        }
        List<JFreeChart> panels = new ArrayList<>();
        int colour = 0;
        for (Map.Entry<String, XYSeriesCollection> e : byKind.entrySet()) {
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
            for (int k = 0; k < e.getValue().getSeriesCount(); k++) {
                renderer.setSeriesPaint(k, LINES[colour++ % LINES.length]);
                renderer.setSeriesStroke(k, new BasicStroke(2f));
            }
            NumberAxis x = new NumberAxis(axisLabel(e.getKey()));
            x.setAutoRangeIncludesZero(false);
            double lo = e.getValue().getDomainLowerBound(false);
            double hi = e.getValue().getDomainUpperBound(false);
            if (e.getKey().startsWith("scale_")) { // factors: always show 0 (blocked) to 1 (unchanged)
                lo = Math.min(lo, 0);
                hi = Math.max(hi, 1);
            }
            double pad = hi - lo > 1e-9 ? (hi - lo) * 0.05 : Math.max(1, Math.abs(lo) * 0.1);
            x.setRange(lo - pad, hi + pad);
            NumberAxis y = new NumberAxis("share that keeps its class");
            y.setRange(0, 1.05);
            XYPlot plot = new XYPlot(e.getValue(), x, y, renderer);
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
            plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
            JFreeChart chart = ReportCharts.chart("Dose-response: " + e.getKey(), plot);
            LegendTitle legend = new LegendTitle((LegendItemSource) plot);
            legend.setPosition(RectangleEdge.BOTTOM);
            chart.addSubtitle(legend);
            panels.add(chart);
        }
        int columns = Math.min(2, panels.size());
        PanelGrid.write(panels, columns, WIDTH / columns, 380, file);
        return true;
    }

    /** The unit of a kind's level, for the x axis. */
    static String axisLabel(String kind) {
        return switch (kind) {
            case "scale_conductance", "scale_synapse" -> "factor";
            case "set_conductance" -> "maximal conductance (mS/cm²)";
            case "set_synapse" -> "synapse strength (nS)";
            case "temperature" -> "temperature (°C)";
            case "dc", "step", "pulse_train" -> "current (nA)";
            default -> "level";
        };
    }

    /**
     * One panel per parameter: the robust and the fragile variants of one condition side by side,
     * each as the fraction of its group per bin, so that groups of different sizes compare.
     */
    static void robustFragile(List<Histogram> robust, List<Histogram> fragile, List<Binning> parameters, Path file)
            throws IOException {
        List<JFreeChart> panels = new ArrayList<>();
        for (Binning b : parameters) {
            XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
            long nRobust = add(data, "robust", find(robust, b));
            long nFragile = add(data, "fragile", find(fragile, b));
            ClusteredXYBarRenderer renderer = new ClusteredXYBarRenderer(0.1, false);
            renderer.setBarPainter(new StandardXYBarPainter());
            renderer.setShadowVisible(false);
            renderer.setDrawBarOutline(false);
            renderer.setSeriesPaint(0, ROBUST);
            renderer.setSeriesPaint(1, FRAGILE);
            NumberAxis share = new NumberAxis("fraction of the group");
            XYPlot plot = new XYPlot(data, ReportCharts.axis(b), share, renderer);
            plot.setBackgroundPaint(Color.WHITE);
            plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
            JFreeChart chart = ReportCharts.chart(b.column() + " (robust " + nRobust + ", fragile " + nFragile + ")", plot);
            if (panels.isEmpty()) {
                LegendTitle legend = new LegendTitle((LegendItemSource) plot);
                legend.setPosition(RectangleEdge.TOP);
                chart.addSubtitle(legend);
            }
            panels.add(chart);
        }
        int columns = Math.min(4, Math.max(1, panels.size()));
        PanelGrid.write(panels, columns, WIDTH / columns, 260, file);
    }

    private static Histogram find(List<Histogram> histograms, Binning b) {
        return histograms.stream().filter(h -> h.binning().column().equals(b.column())).findFirst().orElse(null);
    }

    /** Adds one group's bars as fractions of the group; returns its size. */
    private static long add(XYIntervalSeriesCollection data, String name, Histogram h) {
        XYIntervalSeries bars = new XYIntervalSeries(name);
        long total = h == null ? 0 : h.total();
        if (h != null) {
            Binning b = h.binning();
            for (int k = 0; k < b.bins(); k++) {
                double lo = b.axisLower(k);
                double f = total == 0 ? 0 : (double) h.counts()[k] / total;
                bars.add(lo + b.axisWidth() / 2, lo, lo + b.axisWidth(), f, 0, f);
            }
        }
        data.addSeries(bars);
        return total;
    }
}
