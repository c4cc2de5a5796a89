package org.circuitsweep.jobs.trace;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.circuitsweep.engine.sim.StepObserver;

/**
 * Keeps every step of one cell (t, V, [Ca]) for a trace file and plot; only the trace and report
 * commands store a trace.
 */
public final class TraceRecorder implements StepObserver {

    private double[] t = new double[1 << 16];
    private double[] v = new double[1 << 16];
    private double[] ca = new double[1 << 16];
    private int size;

    @Override
    public void onStep(double tMs, double vMv, double caUm) {
        if (size == t.length) {
            t = Arrays.copyOf(t, size * 2);
            v = Arrays.copyOf(v, size * 2);
            ca = Arrays.copyOf(ca, size * 2);
        }
        t[size] = tMs;
        v[size] = vMv;
        ca[size] = caUm;
        size++;
    }

    public int size() {
        return size;
    }

    public double t(int i) {
        return t[i];
    }

    public double v(int i) {
        return v[i];
    }

    public double ca(int i) {
        return ca[i];
    }

    /**
     * Writes {@code t_ms} and each cell's {@code <cell>_V_mV,<cell>_Ca_uM}, one row per step, with
     * full double precision. The cells were stepped together, so their samples share the times.
     */
    static void writeCsv(List<String> cellNames, List<TraceRecorder> traces, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder("t_ms");
            cellNames.forEach(c -> header.append(',').append(c).append("_V_mV,").append(c).append("_Ca_uM"));
            out.write(header + "\n");
            for (int i = 0; i < traces.get(0).size; i++) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%.4f", traces.get(0).t[i]));
                for (TraceRecorder r : traces) {
                    row.append(',').append(r.v[i]).append(',').append(r.ca[i]);
                }
                out.write(row.append('\n').toString());
            }
        }
    }

    /** Writes {@code t_ms,V_mV,Ca_uM}, one row per step, with full double precision. */
    void writeCsv(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("t_ms,V_mV,Ca_uM\n");
            for (int i = 0; i < size; i++) {
                out.write(String.format(Locale.ROOT, "%.4f,%s,%s%n", t[i], v[i], ca[i]));
            }
        }
    }
}
