package org.circuitsweep.jobs.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.circuitsweep.jobs.report.ReportData.CellTrace;
import org.circuitsweep.jobs.report.ReportData.ClassCount;
import org.circuitsweep.jobs.report.ReportData.Example;
import org.circuitsweep.jobs.report.ReportData.Histogram;

/**
 * The JFreeChart charts of a report, written as PNG: the class bar chart, histograms (of
 * parameters per class and of burst features) and example voltage traces. Heat maps are in
 * {@link DensityMapChart}. Each class has one colour on every chart.
 */
final class ReportCharts {

    /** Width of every image: fits the page's 1200-px column without scaling. */
    static final int WIDTH = 1200;

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);

    /** The neuron classes, then the network classes; labels shared by both (silent, irregular) look the same. */
    private static final Map<String, Color> CLASS_COLOURS = Map.ofEntries(
            Map.entry("silent", new Color(0x7f7f7f)),
            Map.entry("tonic", new Color(0x1f77b4)),
            Map.entry("bursting", new Color(0xd62728)),
            Map.entry("irregular", new Color(0x9467bd)),
            Map.entry("numerical_failure", new Color(0x2b2b2b)),
            Map.entry("pyloric", new Color(0x2ca02c)),
            Map.entry("pyloric-like", new Color(0x98c379)),
            Map.entry("triphasic-wrong-order", new Color(0xff7f0e)),
            Map.entry("non-triphasic", new Color(0x8c564b)),
            Map.entry("alternating", new Color(0x17becf)),
            Map.entry("overlapping", new Color(0xe377c2)),
            Map.entry("locked-other", new Color(0xbcbd22)));
    private static final Color[] OTHER_COLOURS = {new Color(0x393b79), new Color(0x637939), new Color(0x843c39)};

    private ReportCharts() {
    }

    /** The colour of a class: fixed for the neuron classes, from a small palette for any other label. */
    static Color colour(String label) {
        Color c = CLASS_COLOURS.get(label);
        return c != null ? c : OTHER_COLOURS[Math.floorMod(label.hashCode(), OTHER_COLOURS.length)];
    }

    /** Models per class as bars labelled with the count and the fraction of all models. */
    static void classes(List<ClassCount> classes, Path file) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        classes.forEach(c -> data.addValue(c.models(), "models", c.label()));
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return colour(classes.get(column).label());
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        long total = classes.stream().mapToLong(ClassCount::models).sum();
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                ClassCount c = classes.get(column);
                return ReportPage.count(c.models()) + " (" + ReportPage.percent(c.fraction(total)) + ")";
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        NumberAxis counts = new NumberAxis("models");
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setUpperMargin(0.15);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("class"), counts, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        PanelGrid.write(List.of(chart("Models per class", plot)), 1, WIDTH, 360, file);
    }

    /** One histogram panel per entry, four to a row, in {@code colour}. */
    static void histograms(List<Histogram> histograms, Color colour, Path file) throws IOException {
        List<JFreeChart> panels = new ArrayList<>();
        for (Histogram h : histograms) {
            panels.add(chart(h.binning().column() + " (n = " + String.format(Locale.ROOT, "%,d", h.total()) + ")",
                    histogramPlot(h, colour)));
        }
        int columns = Math.min(4, panels.size());
        PanelGrid.write(panels, columns, WIDTH / columns, 240, file);
    }

    private static XYPlot histogramPlot(Histogram h, Color colour) {
        Binning b = h.binning();
        XYIntervalSeries bars = new XYIntervalSeries("models");
        for (int k = 0; k < b.bins(); k++) {
            double lo = b.axisLower(k);
            double width = b.axisWidth();
            // VALUES bins are centred on their value's index and drawn narrower, as categories.
            double inset = b.scale() == Binning.Scale.VALUES ? 0.15 : 0;
            bars.add(lo + width / 2, lo + inset, lo + width - inset, h.counts()[k], 0, h.counts()[k]);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(bars);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, colour);
        renderer.setDrawBarOutline(false);
        NumberAxis counts = new NumberAxis("models");
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(data, axis(b), counts, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return plot;
    }

    /** The chart axis of a binned column: its values for a grid, else numbers over the bins' full range. */
    static ValueAxis axis(Binning b) {
        ValueAxis axis;
        if (b.scale() == Binning.Scale.VALUES) {
            String[] labels = new String[b.bins()];
            for (int k = 0; k < labels.length; k++) {
                labels[k] = b.label(k);
            }
            SymbolAxis symbols = new SymbolAxis(b.axisLabel(), labels);
            symbols.setGridBandsVisible(false);
            axis = symbols;
        } else {
            NumberAxis numbers = new NumberAxis(b.axisLabel());
            numbers.setAutoRangeIncludesZero(false);
            axis = numbers;
        }
        axis.setRange(b.axisLower(0), b.axisLower(b.bins()));
        return axis;
    }

    /** One panel per example, stacked: V over its analysis window, one strip per cell of a network. */
    static void traces(List<Example> examples, Path file) throws IOException {
        List<JFreeChart> panels = new ArrayList<>();
        int cells = 1;
        for (Example e : examples) {
            NumberAxis time = new NumberAxis("time (ms)");
            time.setAutoRangeIncludesZero(false);
            time.setRange(e.windowStartMs(), Math.max(e.windowEndMs(), e.windowStartMs() + 1));
            CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
            plot.setGap(4);
            for (CellTrace c : e.cells()) {
                plot.add(voltage(c, colour(e.group())));
            }
            cells = Math.max(cells, e.cells().size());
            String again = e.resimulatedClass().equals(e.group()) ? "" : ", simulated again: " + e.resimulatedClass();
            panels.add(chart("variant " + e.variant() + " (" + e.group() + again + ")", plot));
        }
        PanelGrid.write(panels, 1, WIDTH, 100 + 120 * cells, file);
    }

    private static XYPlot voltage(CellTrace c, Color colour) {
        XYSeries v = new XYSeries("V", false, true);
        for (int i = 0; i < c.tMs().length; i++) {
            v.add(c.tMs()[i], c.vMv()[i], false);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, colour);
        renderer.setSeriesStroke(0, new BasicStroke(1.0f));
        NumberAxis volts = new NumberAxis(c.cell().isEmpty() ? "V (mV)" : c.cell() + " V (mV)");
        volts.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(v), null, volts, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return plot;
    }

    static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        // Room on the right for the last tick label, which sits on the plot's edge (axes end at the top bin).
        chart.setPadding(new RectangleInsets(2, 2, 2, 14));
        return chart;
    }
}
