package org.circuitsweep.jobs.report;

import java.awt.Color;
import java.awt.Paint;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.circuitsweep.jobs.report.ReportData.DensityMap;

/**
 * Heat maps of two parameters, one panel per class: each cell is coloured by the models of the
 * class that fall in it (XYBlockRenderer with a {@link DensityScale}), empty cells stay white.
 * Each panel has its own scale, up to its fullest cell, because classes differ in size by orders
 * of magnitude and the question is where in the plane each class lives.
 */
final class DensityMapChart {

    private DensityMapChart() {
    }

    /** Writes the maps of one pair (one per class), three to a row. */
    static void write(List<DensityMap> maps, Path file) throws IOException {
        List<JFreeChart> panels = new ArrayList<>();
        for (DensityMap m : maps) {
            panels.add(panel(m));
        }
        int columns = Math.min(3, panels.size());
        PanelGrid.write(panels, columns, ReportCharts.WIDTH / columns, ReportCharts.WIDTH / columns, file);
    }

    private static JFreeChart panel(DensityMap m) {
        DefaultXYZDataset data = new DefaultXYZDataset();
        List<double[]> cells = new ArrayList<>();
        for (int i = 0; i < m.x().bins(); i++) {
            for (int j = 0; j < m.y().bins(); j++) {
                if (m.counts()[i][j] > 0) {
                    cells.add(new double[] {m.x().axisLower(i), m.y().axisLower(j), m.counts()[i][j]});
                }
            }
        }
        double[][] xyz = new double[3][cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            xyz[0][c] = cells.get(c)[0];
            xyz[1][c] = cells.get(c)[1];
            xyz[2][c] = cells.get(c)[2];
        }
        data.addSeries("models", xyz);
        DensityScale scale = new DensityScale(Math.max(1, m.max()));
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(m.x().axisWidth());
        renderer.setBlockHeight(m.y().axisWidth());
        renderer.setBlockAnchor(RectangleAnchor.BOTTOM_LEFT);
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, ReportCharts.axis(m.x()), ReportCharts.axis(m.y()), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlinePaint(Color.GRAY);
        JFreeChart chart = ReportCharts.chart(m.group() + " (n = " + String.format(Locale.ROOT, "%,d", m.total()) + ")", plot);
        NumberAxis legendAxis = new NumberAxis("models per cell");
        legendAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        legendAxis.setRange(0, scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setStripWidth(8);
        legend.setMargin(4, 30, 4, 30);
        chart.addSubtitle(legend);
        return chart;
    }

    /**
     * Counts in (0, max] to a light-to-dark ramp (viridis stops, reversed so that dense is dark on
     * white paper); 0 is white, so an empty cell and the background look the same.
     */
    static final class DensityScale implements PaintScale, Serializable {

        private static final long serialVersionUID = 1L;
        private static final int[] STOPS = {0xfde725, 0x5ec962, 0x21918c, 0x3b528b, 0x440154};

        private final double max;

        DensityScale(double max) {
            this.max = max;
        }

        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return max;
        }

        @Override
        public Paint getPaint(double value) {
            if (!(value > 0)) {
                return Color.WHITE;
            }
            double f = Math.min(1, value / max) * (STOPS.length - 1);
            int i = Math.min((int) f, STOPS.length - 2);
            return mix(new Color(STOPS[i]), new Color(STOPS[i + 1]), f - i);
        }

        private static Color mix(Color a, Color b, double f) {
            return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                    (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                    (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
        }
    }
}
