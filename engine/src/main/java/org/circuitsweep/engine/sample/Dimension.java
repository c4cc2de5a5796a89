package org.circuitsweep.engine.sample;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One swept parameter of a sweep: how its value is chosen for each variant.
 *
 * <p>Serializable so that a {@link Sampler} holding dimensions can travel inside a Spark
 * closure; records re-run their validating constructors when deserialized.
 */
public sealed interface Dimension extends Serializable
        permits Dimension.Fixed, Dimension.Values, Dimension.Uniform, Dimension.LogUniform {

    /** The parameter name, as written in the spec (for example {@code gNa} or {@code ABLP}). */
    String name();

    /**
     * The value at cumulative probability {@code u}, for {@code u} in [0, 1): the random
     * methods draw a uniform {@code u} per dimension and map it through this inverse
     * distribution function, so every method shares one definition of each marginal.
     */
    double quantile(double u);

    /** The same value for every variant. */
    record Fixed(String name, double value) implements Dimension {
        public Fixed {
            requireName(name);
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(name + ": value must be a finite number, got " + value);
            }
        }

        @Override
        public double quantile(double u) {
            return value;
        }
    }

    /**
     * A finite list of values: a {@code grid: [..]} or a {@code range: {min, max, steps}} of the
     * spec. The grid method takes every value; the random methods pick among them.
     */
    record Values(String name, double[] values) implements Dimension {
        public Values {
            requireName(name);
            if (values == null || values.length == 0) {
                throw new IllegalArgumentException(name + ": a grid needs at least one value");
            }
            values = values.clone();
            for (int i = 0; i < values.length; i++) {
                if (!Double.isFinite(values[i])) {
                    throw new IllegalArgumentException(
                            name + ": grid values must be finite numbers, got " + values[i] + " at position " + i);
                }
            }
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

        /** Each value with probability 1/size; the guard keeps a u rounded up to 1 in range. */
        @Override
        public double quantile(double u) {
            return values[Math.min((int) (u * values.length), values.length - 1)];
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
        public Uniform {
            requireName(name);
            // max - min must be finite too, or every draw would be infinite.
            if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max) || !Double.isFinite(max - min)) {
                throw new IllegalArgumentException(
                        name + ": uniform needs finite numbers with min < max, got min " + min + ", max " + max);
            }
        }

        @Override
        public double quantile(double u) {
            return Math.min(min + u * (max - min), max);
        }
    }

    /** Log-uniformly distributed on [min, max], min &gt; 0. */
    record LogUniform(String name, double min, double max) implements Dimension {
        public LogUniform {
            requireName(name);
            if (!(min > 0) || !(min < max) || !Double.isFinite(max)) {
                throw new IllegalArgumentException(
                        name + ": log-uniform needs finite numbers with 0 < min < max, got min " + min + ", max " + max);
            }
        }

        /** exp and log round, so the result is clamped back into [min, max]. */
        @Override
        public double quantile(double u) {
            double logMin = Math.log(min);
            double v = Math.exp(logMin + u * (Math.log(max) - logMin));
            return Math.max(min, Math.min(v, max));
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a dimension needs a non-blank name, got " + (name == null ? "null" : "\"" + name + "\""));
        }
    }
}
