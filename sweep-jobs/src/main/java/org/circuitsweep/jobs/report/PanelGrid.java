package org.circuitsweep.jobs.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;

/**
 * Small multiples: several charts drawn side by side into one PNG, row by row. JFreeChart draws one
 * chart per image; a page of 40 tiny images would load and read worse than a few grids.
 */
final class PanelGrid {

    private PanelGrid() {
    }

    /** Writes {@code charts} as a grid of {@code columns} panels of {@code width} × {@code height} pixels. */
    static void write(List<JFreeChart> charts, int columns, int width, int height, Path file) throws IOException {
        int rows = (charts.size() + columns - 1) / columns;
        BufferedImage image = new BufferedImage(columns * width, Math.max(1, rows) * height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            for (int i = 0; i < charts.size(); i++) {
                charts.get(i).draw(g, new Rectangle2D.Double((i % columns) * width, (i / columns) * height, width, height));
            }
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", file.toFile());
    }
}
