package org.circuitsweep.jobs.tag;

/**
 * A tag that cannot be defined: a bad name or an expression that does not parse, does not
 * analyse against the models columns or is not a boolean condition on one row. The message is one
 * line, {@code tag '<name>': <problem>}; callers that know the spec field put the problem under it.
 */
public final class TagException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String tag;
    private final String problem;

    public TagException(String tag, String problem) {
        super("tag '" + tag + "': " + problem);
        this.tag = tag;
        this.problem = problem;
    }

    /** The name of the tag. */
    public String tag() {
        return tag;
    }

    /** The message without the tag name. */
    public String problem() {
        return problem;
    }
}
