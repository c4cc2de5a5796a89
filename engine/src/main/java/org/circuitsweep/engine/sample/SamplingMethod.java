package org.circuitsweep.engine.sample;

/** How a sweep turns its dimensions into variants; the label is the spec's spelling. */
public enum SamplingMethod {
    /** Cartesian product of every dimension's values, numbered in mixed radix (first dimension most significant). */
    GRID("grid"),
    /** Independent draws per (seed, index, dimension). */
    RANDOM("random"),
    /** Latin hypercube: each dimension stratified into count strata through a keyed permutation of [0, count). */
    LATIN_HYPERCUBE("latin-hypercube"),
    /** Sobol low-discrepancy points, scrambled from the seed. */
    SOBOL("sobol");

    private final String label;

    SamplingMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
