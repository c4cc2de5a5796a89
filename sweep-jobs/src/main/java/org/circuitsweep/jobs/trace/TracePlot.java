package org.circuitsweep.jobs.trace;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Draws V and [Ca] against time, stacked, with the discarded transient shaded. */
final class TracePlot {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;
    /** JFreeChart draws every point; more than this many per panel adds nothing visible at 1600 px. */
    private static final int MAX_POINTS = 200_000;

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
            plot.addDomainMarker(discarded, Layer.BACKGROUND);
        }
        return plot;
    }
}
