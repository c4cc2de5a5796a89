package org.circuitsweep.jobs.spec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.circuitsweep.engine.model.ParameterInfo;
import org.circuitsweep.engine.sample.Dimension;
import org.circuitsweep.engine.sample.SamplingMethod;

/**
 * Reads the {@code parameters:} mapping of a spec into one {@link Dimension} per parameter, in
 * file order, checking every value against the template's parameter bounds.
 */
final class ParameterSection {

    static final List<String> KINDS = List.of("value", "grid", "range", "uniform", "log-uniform");
    /** The grid method enumerates values, so it needs a finite list for every parameter. */
    static final List<String> GRID_KINDS = List.of("value", "grid", "range");
    /** Every task holds each dimension's values; more than this per dimension is surely a typo. */
    static final int MAX_VALUES = 1_000_000;

    private static final List<String> RANGE_KEYS = List.of("min", "max", "steps");

    private final ModelTemplate template;
    private final SamplingMethod method;

    private ParameterSection(ModelTemplate template, SamplingMethod method) {
        this.template = template;
        this.method = method;
    }

    static List<Dimension> read(Field parameters, ModelTemplate template, SamplingMethod method) {
        return new ParameterSection(template, method).read(parameters);
    }

    /** The number of variants of a grid: the product of the dimension sizes. */
    static long gridSize(List<Dimension> dimensions) {
        long size = 1;
        for (Dimension d : dimensions) {
            size = Math.multiplyExact(size, d instanceof Dimension.Values v ? v.size() : 1);
        }
        return size;
    }

    private List<Dimension> read(Field parameters) {
        List<String> allowed = template.parameters().stream().map(ParameterInfo::name).toList();
        List<String> names = parameters.required("required: a mapping of parameter names (" + template.parameterNames()
                + ") to values").keys("parameter", allowed);
        if (names.isEmpty()) {
            throw parameters.error("no parameters; give at least one of: " + template.parameterNames());
        }
        List<Dimension> dimensions = new ArrayList<>();
        for (String name : names) {
            dimensions.add(dimension(parameters.child(name), template.parameter(name).orElseThrow()));
        }
        if (method == SamplingMethod.GRID) {
            requireGridFitsInLong(parameters, dimensions);
        }
        return dimensions;
    }

    private Dimension dimension(Field field, ParameterInfo info) {
        if (field.node().isNumber()) {
            throw field.error("expected a mapping with one of " + String.join(", ", KINDS)
                    + "; write {value: " + field.node().asText() + "} for a fixed value");
        }
        List<String> kinds = field.keys(KINDS);
        if (kinds.size() != 1) {
            throw field.error((kinds.isEmpty() ? "no values given" : "more than one of " + String.join(", ", kinds))
                    + "; give exactly one of: " + String.join(", ", KINDS));
        }
        String kind = kinds.get(0);
        Field spec = field.child(kind);
        if (method == SamplingMethod.GRID && !GRID_KINDS.contains(kind)) {
            throw spec.error("not allowed with method grid, which needs a finite list of values; allowed: "
                    + String.join(", ", GRID_KINDS));
        }
        String name = info.name();
        return switch (kind) {
            case "value" -> new Dimension.Fixed(name, bounded(spec, info));
            case "grid" -> new Dimension.Values(name, grid(spec, info));
            case "range" -> new Dimension.Values(name, range(spec, info));
            case "uniform" -> {
                double[] minMax = interval(spec, info);
                yield new Dimension.Uniform(name, minMax[0], minMax[1]);
            }
            default -> {
                double[] minMax = interval(spec, info);
                if (minMax[0] <= 0) {
                    throw spec.error("min " + Field.format(minMax[0]) + " must be above 0 on a logarithmic scale");
                }
                yield new Dimension.LogUniform(name, minMax[0], minMax[1]);
            }
        };
    }

    /** A number inside the parameter's bounds. */
    private static double bounded(Field field, ParameterInfo info) {
        return checkBounds(field, field.number(), info, "");
    }

    /** {@code label} ("min ", "max " or "") says which number of the field is out of bounds. */
    private static double checkBounds(Field field, double value, ParameterInfo info, String label) {
        if (!info.accepts(value)) {
            boolean below = value < info.min();
            String limit = below ? "below the allowed minimum " + Field.format(info.min())
                    : "above the allowed maximum " + Field.format(info.max());
            throw field.error(label + Field.format(value) + " is " + limit + " " + info.unit());
        }
        return value;
    }

    /** {@code [min, max]} with min &lt; max, both inside the bounds. */
    private static double[] interval(Field spec, ParameterInfo info) {
        List<Field> ends = spec.elements();
        if (ends.size() != 2) {
            throw spec.error("expected [min, max], got " + ends.size() + " values");
        }
        double min = checkBounds(spec, ends.get(0).number(), info, "min ");
        double max = checkBounds(spec, ends.get(1).number(), info, "max ");
        if (min >= max) {
            throw spec.error("min " + Field.format(min) + " must be below max " + Field.format(max));
        }
        return new double[] {min, max};
    }

    private static double[] grid(Field spec, ParameterInfo info) {
        List<Field> elements = spec.elements();
        if (elements.isEmpty()) {
            throw spec.error("empty; give at least one value, such as [0, 100, 200]");
        }
        if (elements.size() > MAX_VALUES) {
            throw spec.error(elements.size() + " values; allowed: at most " + MAX_VALUES);
        }
        double[] values = new double[elements.size()];
        Map<Double, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            values[i] = bounded(elements.get(i), info);
            Integer earlier = firstIndex.putIfAbsent(values[i], i);
            if (earlier != null) {
                throw elements.get(i).error("duplicate value " + Field.format(values[i])
                        + " (also at index " + earlier + ")");
            }
        }
        return values;
    }

    /**
     * {@code steps} values from min to max inclusive, equally spaced. Computed in decimal and
     * rounded once, so {min: 0, max: 0.05, steps: 6} gives exactly the doubles 0.01, 0.02, ... that
     * a grid list written by hand gives, and P03 model numbers can be joined on equal values.
     */
    private static double[] range(Field spec, ParameterInfo info) {
        spec.keys(RANGE_KEYS);
        double min = bounded(spec.child("min"), info);
        double max = bounded(spec.child("max"), info);
        int steps = (int) spec.child("steps").integer(1, MAX_VALUES);
        if (steps == 1 && min != max) {
            throw spec.error("steps 1 gives a single value, so min and max must be equal;"
                    + " use steps >= 2, or value: for one value");
        }
        if (steps > 1 && min >= max) {
            throw spec.error("min " + Field.format(min) + " must be below max " + Field.format(max));
        }
        BigDecimal low = new BigDecimal(Double.toString(min));
        BigDecimal span = new BigDecimal(Double.toString(max)).subtract(low);
        double[] values = new double[steps];
        values[0] = min;
        for (int k = 1; k < steps; k++) {
            BigDecimal offset = span.multiply(BigDecimal.valueOf(k))
                    .divide(BigDecimal.valueOf(steps - 1L), MathContext.DECIMAL128);
            values[k] = low.add(offset).doubleValue();
            if (values[k] == values[k - 1]) {
                throw spec.error("steps " + steps + " make values too close to tell apart as numbers; use fewer steps");
            }
        }
        return values;
    }

    static void requireGridFitsInLong(Field parameters, List<Dimension> dimensions) {
        try {
            gridSize(dimensions);
        } catch (ArithmeticException e) {
            throw parameters.error("the grid has more than " + Long.MAX_VALUE
                    + " variants (the product of the value counts)");
        }
    }
}
