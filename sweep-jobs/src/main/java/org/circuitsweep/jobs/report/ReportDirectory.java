package org.circuitsweep.jobs.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.circuitsweep.jobs.io.OutputException;

/**
 * The directory a report goes to. A report is built in a hidden sibling directory and moved into
 * place when complete, so a failed report leaves nothing behind and an earlier report is replaced
 * whole (no image of an earlier pair left over). Only a missing directory, an empty one or an
 * earlier report (nothing but {@code index.html}, {@code report.json} and PNG files) is used.
 */
public final class ReportDirectory {

    /** Writes the files of a report into a directory. */
    @FunctionalInterface
    public interface Writer {
        void write(Path dir) throws IOException;
    }

    private ReportDirectory() {
    }

    /** Refuses {@code out} unless it is missing, empty or an earlier report; writes nothing. */
    public static void check(Path out) {
        if (!Files.exists(out)) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw new OutputException("--out: " + out + " is a file; give a new directory or an earlier report's");
        }
        List<String> foreign = entries(out).stream().map(p -> p.getFileName().toString())
                .filter(n -> !isReportFile(n)).sorted().toList();
        if (!foreign.isEmpty()) {
            throw new OutputException("--out: " + out + " holds " + foreign.get(0) + ", so it is not a report directory; "
                    + "give a new directory or an earlier report's (index.html, report.json, *.png only)");
        }
    }

    /** Builds a report with {@code writer} and puts it at {@code out}, replacing an earlier report there. */
    public static void replace(Path out, Writer writer) {
        check(out);
        String tag = UUID.randomUUID().toString();
        Path fresh = out.resolveSibling("." + out.getFileName() + ".tmp-" + tag);
        Path old = out.resolveSibling("." + out.getFileName() + ".old-" + tag);
        try {
            Files.createDirectories(fresh);
            writer.write(fresh);
            if (Files.exists(out)) {
                Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(fresh, out, StandardCopyOption.ATOMIC_MOVE);
            delete(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + out, e);
        } finally {
            delete(fresh);
        }
    }

    private static boolean isReportFile(String name) {
        return name.equals("index.html") || name.equals("report.json") || name.endsWith(".png");
    }

    private static List<Path> entries(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        } catch (IOException e) {
            throw new OutputException("--out: " + dir + " cannot be listed (" + e.getMessage() + ")", e);
        }
    }

    /** Deletes a directory this class made (flat, report files only), if it exists. */
    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
