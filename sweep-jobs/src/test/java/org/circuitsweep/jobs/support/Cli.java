package org.circuitsweep.jobs.support;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.circuitsweep.jobs.cli.Main;

/** Runs the command line in this JVM on the shared Spark session and captures what it prints. */
public final class Cli {

    /** Exit code and the text printed on stdout and stderr. */
    public record Result(int exit, String out, String err) {

        /** The non-blank lines of stderr. */
        public java.util.List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private Cli() {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new Main(SharedSpark.SESSIONS), args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }
}
