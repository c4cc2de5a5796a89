package org.circuitsweep.engine.classify;

/**
 * What a circuit does in the analysis window. The pyloric template (cells ABPD, LP, PY) gets one of
 * the Prinz 2004 classes; any other circuit gets one of the generic ones, measured on the cycles
 * of cell 0. {@link NetworkClassifier} gives the exact rules. The label is what tables, JSON and
 * queries carry.
 */
public enum NetworkClass {
    /** Pyloric-like, and all fifteen features of P04 Table 1 within mean ± 2 SD. */
    PYLORIC("pyloric"),
    /** Periodic, triphasic, bursts in the pyloric order in every analysed cycle. */
    PYLORIC_LIKE("pyloric-like"),
    /** Periodic and triphasic, but the bursts are out of the pyloric order in some cycle. */
    TRIPHASIC_WRONG_ORDER("triphasic-wrong-order"),
    /** Periodic, but not exactly one burst of each cell in every AB/PD cycle. */
    NON_TRIPHASIC("non-triphasic"),
    /** Generic circuits: one burst of each cell per cycle of cell 0, and no two bursts overlap. */
    ALTERNATING("alternating"),
    /** Generic circuits: one burst of each cell per cycle of cell 0, but some bursts overlap. */
    OVERLAPPING("overlapping"),
    /** Generic circuits: periodic, but not one burst of each cell per cycle of cell 0. */
    LOCKED_OTHER("locked-other"),
    /** Some cell is not periodic, or the cells' periods are not integer multiples of one period. */
    IRREGULAR("irregular"),
    /** Some cell fires no spike in the window. */
    SILENT("silent"),
    /** The integration of some cell produced NaN, infinite or diverging state: a result, not an error. */
    NUMERICAL_FAILURE("numerical_failure");

    private final String label;

    NetworkClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static NetworkClass fromLabel(String label) {
        for (NetworkClass c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown network class '" + label + "'");
    }
}
