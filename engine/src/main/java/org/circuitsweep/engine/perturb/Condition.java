package org.circuitsweep.engine.perturb;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One experimental condition: perturbations applied in order. {@link Perturbations#parse} makes one
 * per level of a series. Immutable and thread-safe.
 *
 * @param text   the canonical text: the steps' texts joined by {@code ;}
 * @param steps  the perturbations, applied first to last
 * @param kind   the kind of the series member, or of the last step when there is no series
 *               ({@code none} for the null condition)
 * @param target that step's target
 * @param level  that step's level (NaN where it has none)
 */
public record Condition(String text, List<Perturbation> steps, String kind, String target, double level)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The null condition: the preparation as it is. */
    public static final Condition NONE = of(List.of(new Perturbation.None()), 0);

    public Condition {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a condition needs at least one perturbation (use none)");
        }
        if (text == null || kind == null || target == null) {
            throw new IllegalArgumentException("condition: text, kind and target must not be null");
        }
    }

    /** The condition of these steps, described by step {@code described} (the series member). */
    public static Condition of(List<Perturbation> steps, int described) {
        Perturbation d = steps.get(described);
        String text = steps.stream().map(Perturbation::text).collect(Collectors.joining(";"));
        return new Condition(text, steps, d.kind(), d.target(), d.level());
    }

    /** The steps applied in order. */
    public Preparation apply(Preparation p) {
        Preparation result = p;
        for (Perturbation step : steps) {
            result = step.apply(result);
        }
        return result;
    }

    /** Whether every step is the null perturbation. */
    public boolean isNone() {
        return steps.stream().allMatch(s -> s instanceof Perturbation.None);
    }
}
