package org.circuitsweep.jobs.trace;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws traces against time with the discarded transient shaded: a neuron's V and [Ca], or the
 * voltages of a network's cells stacked on one time axis, one panel per cell, as in the figures of
 * Prinz et al. 2004.
 */
final class TracePlot {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;
    /** JFreeChart draws every point; more than this many per panel adds nothing visible at 1600 px. */
    private static final int MAX_POINTS = 200_000;
    private static final Color[] CELL_COLORS = {new Color(0x1f, 0x4e, 0x9a), new Color(0xb0, 0x3a, 0x2e),
            new Color(0x2e, 0x7d, 0x32), new Color(0x6a, 0x1b, 0x9a)};

    private TracePlot() {
    }

    static void writePng(TraceRecorder trace, double transientMs, String title, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        int stride = Math.max(1, trace.size() / MAX_POINTS);
        XYSeries v = new XYSeries("V", false, true);
        XYSeries ca = new XYSeries("[Ca]", false, true);
        for (int i = 0; i < trace.size(); i += stride) {
            v.add(trace.t(i), trace.v(i), false);
            ca.add(trace.t(i), trace.ca(i), false);
        }
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("time (ms)"));
        plot.add(panel(v, "V (mV)", new Color(0x1f, 0x4e, 0x9a), transientMs), 3);
        plot.add(panel(ca, "[Ca] (µM)", new Color(0xb0, 0x3a, 0x2e), transientMs), 1);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

    /** The voltage of each cell, stacked top to bottom in the order given. */
    static void writeNetworkPng(List<String> cellNames, List<TraceRecorder> traces, double transientMs, String title,
                                Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        NumberAxis time = new NumberAxis("time (ms)");
        time.setLowerMargin(0);
        time.setUpperMargin(0);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(4);
        for (int c = 0; c < traces.size(); c++) {
            TraceRecorder trace = traces.get(c);
            int stride = Math.max(1, trace.size() / MAX_POINTS);
            XYSeries v = new XYSeries(cellNames.get(c), false, true);
            for (int i = 0; i < trace.size(); i += stride) {
                v.add(trace.t(i), trace.v(i), false);
            }
            plot.add(panel(v, cellNames.get(c) + " V (mV)", CELL_COLORS[c % CELL_COLORS.length], transientMs), 1);
        }
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, Math.max(HEIGHT, 250 * traces.size()));
    }

    private static XYPlot panel(XYSeries series, String label, Color color, double transientMs) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, color);
        renderer.setSeriesStroke(0, new BasicStroke(1.0f));
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), null, axis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        if (transientMs > 0) {
            IntervalMarker discarded = new IntervalMarker(0, transientMs, new Color(0, 0, 0, 18));
            discarded.setLabel("discarded transient");
            // Inside the shaded band: the default anchors put half of the label left of the axis.
            discarded.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            discarded.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(discarded, Layer.BACKGROUND);
        }
        return plot;
    }
}
