package org.circuitsweep.engine.perturb;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads perturbations from text. One argument is one condition: perturbations joined by {@code ;},
 * applied in the order written; at most one of its levels may be a series, which makes one condition
 * per level.
 *
 * <h2>Grammar</h2>
 * <pre>
 * [CELL.]gX*=F        scale a maximal conductance by F (of CELL, or of every cell)    LP.gCaS*=0.5, gA*=0
 * [CELL.]gX=V         set it to V mS/cm²                                               PY.gH=0.02
 *                     gX is one of gNa gCaT gCaS gA gKCa gKd gH gLeak
 * SYN*=F              scale a synapse's strength by F                                  PYLP*=2
 * SYN=V               set it to V nS (0 removes it)                                    LPPY=0
 * remove=CELL         every synapse from or onto CELL and its couplings at 0 nS        remove=LP
 * CELL=NEURON         CELL takes the conductances of a P04 neuron                      LP=LP3
 * temperature=T       temperature T °C, in [0, 40]; the model is at 10 °C              temperature=21
 * [CELL.]dc=I         inject I nA from t = 0                                           PY.dc=-1
 * [CELL.]step=I@T     inject I nA from T ms on (the database's +3 and +6 nA steps)     step=3@5000
 * [CELL.]pulses=A,W,F[@T]  pulses of A nA, W ms wide, F Hz, from T ms (default 0)      LP.pulses=5,10,2@1000
 * none                the null perturbation                                            none
 * </pre>
 * Any one level (the number after {@code =} or {@code *=}; for {@code step} and {@code pulses} the
 * amplitude) may be a series {@code a..b:step}: the levels a + k·step for k = 0, 1, ... up to b
 * (inclusive within 1e-9), computed in decimal so that {@code 0..1:0.1} gives 0.3, not
 * 0.30000000000000004: {@code temperature=7..27:2}, {@code gA*=0..1:0.25}. A cell name is required
 * for {@code remove} and swaps; without one, conductance and current perturbations act on every cell
 * (in a single-neuron sweep: the neuron, whose cell is named {@value Preparation#NEURON_CELL}).
 * A name written alone that is g followed by a capital ({@code gNa}, {@code gFoo}) is always read as
 * a conductance, so a synapse or cell cannot be named that way. {@code NAME=VALUE} is a synapse
 * strength when VALUE is a number or series and a swap when it is a name. Names are checked against a
 * preparation when the condition is applied (see {@link ExperimentSimulator#check}); numbers, ranges
 * and neuron names when the text is read. Ranges: factors [0, 1000]; conductances the catalogue's
 * [0, 100 × the P03 grid top] mS/cm²; synapses [0, 10000] nS; currents [-1000, 1000] nA; onsets
 * [0, 1e7] ms; pulse frequency (0, 1000] Hz with the width below the period. Currents add to those
 * of the base protocol (the sweep's DC, a cell's own DC) and to each other. Whitespace around
 * {@code ;} and around a perturbation is ignored.
 *
 * <p>Errors are one IllegalArgumentException line naming the text, what is wrong and the accepted forms.
 */
public final class Perturbations {

    /** The accepted forms, for error messages. */
    public static final String FORMS = "[CELL.]gX*=F, [CELL.]gX=V, SYN*=F, SYN=V, remove=CELL, CELL=NEURON, "
            + "temperature=T, [CELL.]dc=I, [CELL.]step=I@T, [CELL.]pulses=AMP,WIDTH,FREQ[@ONSET], none; "
            + "one level may be a series a..b:step; join with ';'";

    private static final String NAME = Checks.NAME;
    private static final String LEVEL = "([^;@,=*]+)";
    private static final String NUM = "(" + Levels.NUMBER + ")";
    private static final String CELL = "(?:(" + NAME + ")\\.)?";
    private static final Pattern TEMPERATURE = Pattern.compile("temperature=" + LEVEL);
    private static final Pattern REMOVE = Pattern.compile("remove=(.*)");
    private static final Pattern DC = Pattern.compile(CELL + "dc=" + LEVEL);
    private static final Pattern STEP = Pattern.compile(CELL + "step=" + LEVEL + "@" + NUM);
    private static final Pattern PULSES = Pattern.compile(CELL + "pulses=" + LEVEL + "," + NUM + "," + NUM + "(?:@" + NUM + ")?");
    private static final Pattern CELL_CONDUCTANCE = Pattern.compile("(" + NAME + ")\\.(" + NAME + ")(\\*?=)(.*)");
    /** g then a capital: a conductance name (checked against the catalogue), never a synapse or a cell. */
    private static final Pattern CONDUCTANCE_LIKE = Pattern.compile("g[A-Z][A-Za-z]*");
    private static final Pattern ASSIGNMENT = Pattern.compile("(" + NAME + ")(\\*?=)(.*)");

    private Perturbations() {
    }

    /**
     * One argument: perturbations joined by ';' (one condition), at most one of them a series.
     *
     * @return one composed condition per level of the series (one when there is none), in level order
     */
    public static List<Condition> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("perturbation '': empty; accepted: " + FORMS);
        }
        List<List<Perturbation>> items = new ArrayList<>();
        int seriesAt = -1;
        for (String raw : text.split(";", -1)) {
            String item = raw.strip();
            List<Perturbation> members;
            try {
                if (item.isEmpty()) {
                    throw new IllegalArgumentException("an empty perturbation between ';'");
                }
                members = parseItem(item);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("perturbation '" + text.strip() + "': " + e.getMessage() + "; accepted: "
                        + FORMS, e);
            }
            if (members.size() > 1 || isSeries(item)) {
                if (seriesAt >= 0) {
                    throw new IllegalArgumentException("perturbation '" + text.strip()
                            + "': more than one series; vary one level per argument; accepted: " + FORMS);
                }
                seriesAt = items.size();
            }
            items.add(members);
        }
        int described = seriesAt >= 0 ? seriesAt : items.size() - 1;
        int levels = items.get(described).size();
        List<Condition> conditions = new ArrayList<>(levels);
        for (int k = 0; k < levels; k++) {
            List<Perturbation> steps = new ArrayList<>(items.size());
            for (int j = 0; j < items.size(); j++) {
                steps.add(items.get(j).get(j == seriesAt ? k : 0));
            }
            conditions.add(Condition.of(steps, described));
        }
        return conditions;
    }

    /** Parses a text that must make exactly one condition (no series). */
    public static Condition parseOne(String text) {
        List<Condition> c = parse(text);
        if (c.size() != 1) {
            throw new IllegalArgumentException("perturbation '" + text.strip() + "': a series is not allowed here; "
                    + "accepted: " + FORMS);
        }
        return c.get(0);
    }

    private static boolean isSeries(String item) {
        return item.contains("..");
    }

    /** One perturbation, or one per level when its level is a series. */
    private static List<Perturbation> parseItem(String item) {
        if (item.equals("none")) {
            return List.of(new Perturbation.None());
        }
        Matcher m = TEMPERATURE.matcher(item);
        if (m.matches()) {
            return each(m.group(1), Perturbation.Temperature::new);
        }
        m = REMOVE.matcher(item);
        if (m.matches()) {
            return List.of(new Perturbation.RemoveCell(m.group(1)));
        }
        m = DC.matcher(item);
        if (m.matches()) {
            String cell = cell(m.group(1));
            return each(m.group(2), i -> new Perturbation.Dc(cell, i));
        }
        m = STEP.matcher(item);
        if (m.matches()) {
            String cell = cell(m.group(1));
            double onset = Double.parseDouble(m.group(3));
            return each(m.group(2), i -> new Perturbation.Step(cell, i, onset));
        }
        m = PULSES.matcher(item);
        if (m.matches()) {
            String cell = cell(m.group(1));
            double width = Double.parseDouble(m.group(3));
            double frequency = Double.parseDouble(m.group(4));
            double onset = m.group(5) == null ? 0.0 : Double.parseDouble(m.group(5));
            return each(m.group(2), a -> new Perturbation.PulseTrain(cell, a, width, frequency, onset));
        }
        if (item.startsWith("dc=") || item.contains(".dc=") || item.contains("step=") || item.contains("pulses=")) {
            throw new IllegalArgumentException("malformed current '" + item + "'");
        }
        m = CELL_CONDUCTANCE.matcher(item);
        if (m.matches()) {
            return conductance(m.group(1), m.group(2), m.group(3), m.group(4));
        }
        m = ASSIGNMENT.matcher(item);
        if (m.matches()) {
            String name = m.group(1);
            String op = m.group(2);
            String value = m.group(3);
            if (CONDUCTANCE_LIKE.matcher(name).matches()) {
                return conductance("", name, op, value);
            }
            if (op.equals("*=")) {
                return each(value, f -> new Perturbation.ScaleSynapse(name, f));
            }
            if (Levels.isNumber(value) || Levels.isSeries(value)) {
                return each(value, v -> new Perturbation.SetSynapse(name, v));
            }
            if (value.matches(NAME)) {
                return List.of(new Perturbation.SwapCell(name, value));
            }
            throw new IllegalArgumentException("'" + value + "' is neither a number, a series a..b:step nor a neuron name");
        }
        throw new IllegalArgumentException("cannot read '" + item + "'");
    }

    private static List<Perturbation> conductance(String cell, String name, String op, String value) {
        Checks.conductance(name);
        return op.equals("*=")
                ? each(value, f -> new Perturbation.ScaleConductance(cell, name, f))
                : each(value, v -> new Perturbation.SetConductance(cell, name, v));
    }

    private static String cell(String group) {
        return group == null ? "" : group;
    }

    /** One perturbation per level of a number or series token. */
    private static List<Perturbation> each(String token, DoubleFunction<Perturbation> make) {
        List<Double> levels = Levels.parse(token.strip());
        if (levels == null) {
            throw new IllegalArgumentException("'" + token + "' is not a number or a series a..b:step");
        }
        List<Perturbation> out = new ArrayList<>(levels.size());
        for (double level : levels) {
            out.add(make.apply(level));
        }
        return out;
    }
}
