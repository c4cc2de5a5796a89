package org.circuitsweep.jobs.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code --pairs} option: {@code X:Y[,X:Y...]}, each a pair of two different swept parameters
 * (parameter columns with more than one value: a fixed one would make a map of one cell). Every
 * refusal is one line naming {@code --pairs} and the allowed names.
 */
public final class ParameterPairs {

    /** One density map: {@code y} against {@code x}. */
    public record Pair(String x, String y) {
    }

    private ParameterPairs() {
    }

    /**
     * Parses {@code text} against the sweep's swept parameters, in spec order.
     *
     * @throws IllegalArgumentException with a one-line message naming {@code --pairs} and the allowed names
     */
    public static List<Pair> parse(String text, List<String> swept) {
        String allowed = "; expected X:Y[,X:Y...] with X and Y two different swept parameters of the sweep: "
                + (swept.isEmpty() ? "(none)" : String.join(", ", swept));
        Set<Pair> pairs = new LinkedHashSet<>();
        for (String item : text.split(",", -1)) {
            String[] xy = item.strip().split(":", -1);
            if (xy.length != 2) {
                throw new IllegalArgumentException("--pairs: '" + item.strip() + "' is not a pair" + allowed);
            }
            String x = xy[0].strip();
            String y = xy[1].strip();
            for (String name : List.of(x, y)) {
                if (!swept.contains(name)) {
                    throw new IllegalArgumentException("--pairs: '" + name + "' is not a swept parameter of the sweep" + allowed);
                }
            }
            if (x.equals(y)) {
                throw new IllegalArgumentException("--pairs: '" + x + ":" + y + "' pairs a parameter with itself" + allowed);
            }
            pairs.add(new Pair(x, y));
        }
        return new ArrayList<>(pairs);
    }

    /** The default: the first two swept (not fixed) parameters, or none when fewer than two are swept. */
    public static List<Pair> defaults(List<String> swept) {
        return swept.size() < 2 ? List.of() : List.of(new Pair(swept.get(0), swept.get(1)));
    }
}
