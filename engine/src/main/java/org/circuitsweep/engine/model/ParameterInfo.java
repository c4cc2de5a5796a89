package org.circuitsweep.engine.model;

/**
 * Metadata of one model parameter: what configs and the command line validate a value against.
 *
 * @param name         the name users write (for example {@code gNa})
 * @param unit         the unit of the value (for example {@code mS/cm²})
 * @param min          the smallest allowed value (inclusive)
 * @param max          the largest allowed value (inclusive)
 * @param defaultValue the value used when a spec does not set the parameter
 * @param description  one line saying what the parameter is, with its source
 */
public record ParameterInfo(String name, String unit, double min, double max, double defaultValue, String description) {

    public ParameterInfo {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("parameter name must not be blank");
        }
        if (!(min <= max) || defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException(name + ": need min <= default <= max, got " + min + ", " + defaultValue + ", " + max);
        }
    }

    /** Whether {@code value} is a finite number inside [min, max]. */
    public boolean accepts(double value) {
        return Double.isFinite(value) && value >= min && value <= max;
    }

    /** The one-line reason a value is refused, naming the parameter and the allowed range. */
    public String rangeMessage(double value) {
        return name + " = " + value + " is outside the allowed range [" + format(min) + ", " + format(max) + "] " + unit;
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
