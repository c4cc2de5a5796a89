package org.circuitsweep.jobs.cli;

import java.io.PrintWriter;

import org.circuitsweep.jobs.io.OutputException;
import org.circuitsweep.jobs.io.QueryException;
import org.circuitsweep.jobs.io.SweepTables;
import org.circuitsweep.jobs.job.BuildInfo;
import org.circuitsweep.jobs.spec.SpecException;
import org.circuitsweep.jobs.tag.TagException;
import org.circuitsweep.jobs.trace.TraceCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sweep}: the entry point of the command line. A new command is one more class in
 * {@code subcommands}.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Prinz-style sweeps of neuron models on Apache Spark, and virtual experiments on them.",
        subcommands = {RunCommand.class, ResumeCommand.class, QueryCommand.class, TagCommand.class,
                TraceCommand.class, ReportCommand.class, ExperimentCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit code of a user error: bad option, path, spec, SQL or output directory. */
    public static final int USER_ERROR = 2;
    /** Exit code of an unexpected failure. */
    public static final int FAILURE = 1;

    private final SparkSessions sessions;

    @Spec
    private CommandSpec spec;

    public Main(SparkSessions sessions) {
        this.sessions = sessions;
    }

    public static void main(String[] args) {
        System.exit(execute(new Main(SparkSessions.EMBEDDED), args,
                new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line; returns the exit code. */
    public static int execute(Main main, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(main)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler((ex, a) -> {
                    String command = ex.getCommandLine().getCommandSpec().qualifiedName();
                    ex.getCommandLine().getErr().println(command + ": " + SweepTables.firstLine(ex.getMessage())
                            + " (see '" + command + " --help')");
                    return USER_ERROR;
                })
                .setExecutionExceptionHandler((ex, command, parsed) -> {
                    PrintWriter e = command.getErr();
                    if (isUserError(ex)) {
                        e.println(command.getCommandSpec().qualifiedName() + ": " + SweepTables.firstLine(ex.getMessage()));
                        return USER_ERROR;
                    }
                    e.println(command.getCommandSpec().qualifiedName() + ": unexpected error: " + ex);
                    ex.printStackTrace(e);
                    return FAILURE;
                });
        return cli.execute(args);
    }

    private static boolean isUserError(Exception ex) {
        return ex instanceof SpecException || ex instanceof OutputException || ex instanceof QueryException
                || ex instanceof TagException;
    }

    SparkSessions sessions() {
        return sessions;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command; one of: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** The version of the build, for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"circuit-sweep " + BuildInfo.engineVersion()};
        }
    }
}
