package org.circuitsweep.engine.perturb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers of the perturbation grammar: one decimal number, or a series {@code a..b:step}. Levels of
 * a series are a + k·step computed in decimal arithmetic from the numbers as written (so
 * {@code 0..1:0.1} gives 0.3, not 0.30000000000000004) and converted to the nearest double; the
 * last level is the largest not above b + 1e-9. Package-private helper of {@link Perturbations}.
 */
final class Levels {

    static final String NUMBER = "[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?";
    private static final Pattern SINGLE = Pattern.compile(NUMBER);
    private static final Pattern SERIES = Pattern.compile("(" + NUMBER + ")\\.\\.(" + NUMBER + "):(" + NUMBER + ")");
    /** More levels than this in one series is taken for a typo. */
    static final int MAX_LEVELS = 10_000;
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-9");

    private Levels() {
    }

    static boolean isNumber(String token) {
        return SINGLE.matcher(token).matches();
    }

    static boolean isSeries(String token) {
        return SERIES.matcher(token).matches();
    }

    /** The levels a token stands for: one for a number, each member for a series; null if it is neither. */
    static List<Double> parse(String token) {
        if (SINGLE.matcher(token).matches()) {
            return List.of(finite(new BigDecimal(token), token));
        }
        Matcher m = SERIES.matcher(token);
        if (!m.matches()) {
            return null;
        }
        BigDecimal a = new BigDecimal(m.group(1));
        BigDecimal b = new BigDecimal(m.group(2));
        BigDecimal step = new BigDecimal(m.group(3));
        finite(a, token);
        finite(b, token);
        finite(step, token);
        if (step.signum() <= 0) {
            throw new IllegalArgumentException("series " + token + ": the step must be > 0");
        }
        if (a.compareTo(b) > 0) {
            throw new IllegalArgumentException("series " + token + ": the first level must not exceed the last");
        }
        List<Double> levels = new ArrayList<>();
        BigDecimal limit = b.add(TOLERANCE);
        for (long k = 0; ; k++) {
            BigDecimal level = a.add(step.multiply(BigDecimal.valueOf(k)));
            if (level.compareTo(limit) > 0) {
                break;
            }
            if (levels.size() == MAX_LEVELS) {
                throw new IllegalArgumentException("series " + token + ": more than " + MAX_LEVELS + " levels");
            }
            levels.add(level.doubleValue());
        }
        return levels;
    }

    private static double finite(BigDecimal value, String token) {
        double d = value.doubleValue();
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("'" + token + "' is not a finite number");
        }
        return d;
    }

    /** The shortest text that reads back as the same double: {@code 0.5}, {@code 21}, {@code -3}, {@code 1.0E-4}. */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String s = Double.toString(value);
        return s.contains("E") ? s : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
