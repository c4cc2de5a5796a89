package org.circuitsweep.jobs.cli;

import java.io.PrintWriter;
import java.util.List;

/** Prints rows as aligned columns: a header, a rule, then the rows; numbers right-aligned. */
final class TextTable {

    private TextTable() {
    }

    /**
     * @param rightAligned per column, whether it is right-aligned (numbers)
     * @param rows         cells as text; null prints as {@code NULL}
     */
    static void print(PrintWriter out, List<String> header, List<Boolean> rightAligned, List<List<String>> rows) {
        int n = header.size();
        int[] width = new int[n];
        for (int i = 0; i < n; i++) {
            width[i] = header.get(i).length();
        }
        for (List<String> row : rows) {
            for (int i = 0; i < n; i++) {
                width[i] = Math.max(width[i], cell(row.get(i)).length());
            }
        }
        line(out, header, rightAligned, width);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < n; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        out.println(rule);
        for (List<String> row : rows) {
            line(out, row, rightAligned, width);
        }
    }

    private static void line(PrintWriter out, List<String> cells, List<Boolean> rightAligned, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            String c = cell(cells.get(i));
            String pad = " ".repeat(width[i] - c.length());
            b.append(i == 0 ? "" : "  ").append(rightAligned.get(i) ? pad + c : c + (i == width.length - 1 ? "" : pad));
        }
        out.println(b);
    }

    private static String cell(String s) {
        return s == null ? "NULL" : s;
    }
}
