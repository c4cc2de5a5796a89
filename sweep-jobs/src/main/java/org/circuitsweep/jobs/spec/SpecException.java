package org.circuitsweep.jobs.spec;

/**
 * A sweep spec that cannot be used. The message is one line,
 * {@code <file>: <field path>: <problem>[; allowed: <allowed values>]} (or {@code <option>: <problem>}
 * for an option that stands for a field), so a command line can
 * print it as it is, without a stack trace.
 */
public final class SpecException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param source  the spec's file name, as the user gave it
     * @param path    the field, for example {@code parameters.gNa.uniform[1]} or {@code (top level)}
     * @param problem what is wrong, with the allowed values where there is a list
     */
    public SpecException(String source, String path, String problem) {
        super(oneLine(source + ": " + path + ": " + problem));
    }

    private SpecException(String message) {
        super(oneLine(message));
    }

    /**
     * A command-line option that cannot be used, as {@code <option>: <problem>}: what the
     * {@code experiment} command reports for the options it turns into a spec.
     *
     * @param option the option as typed, for example {@code --where}
     */
    public static SpecException option(String option, String problem) {
        return new SpecException(option + ": " + problem);
    }

    /** Values echoed from the file may hold line breaks; the message must stay one line. */
    private static String oneLine(String message) {
        return message.replaceAll("\\R", "\\\\n");
    }
}
