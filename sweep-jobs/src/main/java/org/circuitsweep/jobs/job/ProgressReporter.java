package org.circuitsweep.jobs.job;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The live progress line on stderr: variants done / total, variants per second, ETA and the class
 * counts so far. On a terminal the line is redrawn in place every second; otherwise a new line is
 * printed every five seconds, which suits logs. Owns one daemon thread until closed.
 */
public final class ProgressReporter implements AutoCloseable {

    private final PrintWriter out;
    private final String noun;
    private final boolean terminal;
    private final long total;
    private final long doneBefore;
    private final Supplier<ClassCounts> source;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService timer;
    private int lastLength;

    /**
     * @param total      variants of the sweep
     * @param doneBefore variants committed before this run
     * @param source     models simulated by this run so far
     */
    ProgressReporter(PrintWriter out, boolean terminal, long total, long doneBefore, Supplier<ClassCounts> source) {
        this(out, terminal, "variants", total, doneBefore, source);
    }

    /**
     * @param noun       what is counted, for the line: "variants" of a sweep, "units" of an experiment
     * @param total      of those, in the job's output
     * @param doneBefore of those, committed before this run
     * @param source     of those, simulated by this run so far, per label
     */
    public ProgressReporter(PrintWriter out, boolean terminal, String noun, long total, long doneBefore,
                            Supplier<ClassCounts> source) {
        this.out = out;
        this.noun = noun;
        this.terminal = terminal;
        this.total = total;
        this.doneBefore = doneBefore;
        this.source = source;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "circuit-sweep-progress");
            t.setDaemon(true);
            return t;
        });
        long period = terminal ? 1 : 5;
        timer.scheduleAtFixedRate(this::tick, period, period, TimeUnit.SECONDS);
    }

    /**
     * Stops the line with the exact counts of the finished job. Spark delivers listener events
     * asynchronously, so the listener may not have seen the last tasks yet when the job returns.
     */
    public void finish(ClassCounts exact) {
        stop(exact);
    }

    /** Stops the line with what the source saw (a failed job); does nothing after {@link #finish}. */
    @Override
    public void close() {
        stop(null);
    }

    private synchronized void stop(ClassCounts exact) {
        if (timer.isShutdown()) {
            return;
        }
        timer.shutdownNow();
        print(exact != null ? exact : source.get(), true);
    }

    private synchronized void tick() {
        if (!timer.isShutdown()) {
            print(source.get(), false);
        }
    }

    private void print(ClassCounts run, boolean last) {
        String line = line(run, Duration.ofNanos(System.nanoTime() - startNanos));
        if (terminal) {
            // Pad over the rest of a longer previous line.
            out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())) + (last ? "\n" : ""));
            lastLength = line.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    String line(ClassCounts run, Duration elapsed) {
        long ran = run.total();
        long done = doneBefore + ran;
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        double rate = ran / seconds;
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s %,d / %,d (%.1f%%)  %,.1f/s  ETA %s",
                noun, done, total, 100.0 * done / total, rate, eta(total - done, rate)));
        for (Map.Entry<String, Long> e : run.byLabel().entrySet()) {
            b.append("  ").append(e.getKey()).append(' ').append(String.format(Locale.ROOT, "%,d", e.getValue()));
        }
        return b.toString();
    }

    static String eta(long remaining, double rate) {
        if (remaining <= 0) {
            return "0s";
        }
        if (rate <= 0) {
            return "--";
        }
        long s = (long) Math.ceil(remaining / rate);
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh %02dm", s / 3600, s % 3600 / 60);
        }
        return s >= 60 ? String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60) : s + "s";
    }
}
