package org.circuitsweep.engine.sample;

import java.util.Arrays;

/**
 * One swept parameter of a sweep: how its value is chosen for each variant.
 */
public sealed interface Dimension permits Dimension.Fixed, Dimension.Values, Dimension.Uniform, Dimension.LogUniform {

    /** The parameter name, as written in the spec (for example {@code gNa} or {@code ABLP}). */
    String name();

    /** The same value for every variant. */
    record Fixed(String name, double value) implements Dimension {
    }

    /**
     * A finite list of values: a {@code grid: [..]} or a {@code range: {min, max, steps}} of the
     * spec. The grid method takes every value; the random methods pick among them.
     */
    record Values(String name, double[] values) implements Dimension {
        public Values {
            if (values.length == 0) {
                throw new IllegalArgumentException(name + ": a grid needs at least one value");
            }
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        public int size() {
            return values.length;
        }

        public double value(int level) {
            return values[level];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Values v && v.name.equals(name) && Arrays.equals(v.values, values);
        }

        @Override
        public int hashCode() {
            return 31 * name.hashCode() + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Values[" + name + "=" + Arrays.toString(values) + "]";
        }
    }

    /** Uniformly distributed on [min, max]. */
    record Uniform(String name, double min, double max) implements Dimension {
    }

    /** Log-uniformly distributed on [min, max], min &gt; 0. */
    record LogUniform(String name, double min, double max) implements Dimension {
    }
}
