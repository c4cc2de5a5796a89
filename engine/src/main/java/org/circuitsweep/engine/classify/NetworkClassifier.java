package org.circuitsweep.engine.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.circuitsweep.engine.analysis.PyloricFeatures;
import org.circuitsweep.engine.model.Prinz2004Pyloric;

/**
 * The network classifier as a spec: one small pure function per rule, composed by
 * {@link #classify}. The first rule that applies gives the class:
 * <ol>
 *   <li><b>numerical_failure</b>: some cell's integration failed;</li>
 *   <li><b>silent</b>: some cell fires no spike in the window;</li>
 *   <li><b>irregular</b>: not {@link #periodic}: some cell is neither tonic nor a periodic burster,
 *       or the cells' periods are not consistent ({@link #networkPeriodMs}), or the window holds no
 *       analysable cycle of cell 0 ({@link NetworkCycles});</li>
 *   <li><b>non-triphasic</b> (template) / <b>locked-other</b> (generic): not {@link #oneToOne}:
 *       some cell has other than one cycle per network period or other than one burst per cycle,
 *       or some analysed cycle does not hold exactly one burst of each cell;</li>
 *   <li>pyloric template (cells named ABPD, LP, PY in this order):
 *       <b>triphasic-wrong-order</b> if some analysed cycle is not in {@link #pyloricOrder};
 *       else <b>pyloric</b> if all fifteen {@link PyloricFeatures} lie within the
 *       {@link PyloricRanges}, else <b>pyloric-like</b>;</li>
 *   <li>any other circuit: <b>alternating</b> if in every analysed cycle no two bursts overlap
 *       ({@link #alternating}), else <b>overlapping</b>. A one-cell circuit that is periodic is
 *       alternating.</li>
 * </ol>
 * The pyloric features are given for pyloric, pyloric-like and triphasic-wrong-order, NaN otherwise.
 * Stateless and thread-safe.
 */
public final class NetworkClassifier {

    /**
     * The cells' periods, each multiplied by its cycles per network period, must deviate from their
     * mean by less than this fraction of it: "period deviation &lt; 0.5 %" [sheet §4.3].
     */
    public static final double PERIOD_DEVIATION_TOLERANCE = 0.005;

    private NetworkClassifier() {
    }

    /**
     * What the classifier needs to know of one cell.
     *
     * @param activityClass  its single-cell class in the window
     * @param periodMs       its period (burst period, or mean ISI of a tonic cell), ms; NaN if none
     * @param burstsPerCycle bursts per period of a burster, 0 otherwise
     * @param bursts         its bursts in the window
     */
    public record CellActivity(ActivityClass activityClass, double periodMs, int burstsPerCycle, BurstTrain bursts) {
        public CellActivity {
            if (activityClass == null || bursts == null) {
                throw new IllegalArgumentException("activityClass and bursts: allowed non-null values");
            }
        }
    }

    /**
     * @param networkClass the class
     * @param pyloric      the fifteen features (NaN unless the class is pyloric, pyloric-like or triphasic-wrong-order)
     * @param cycles       analysed cycles of cell 0 (0 when the rules stopped before the cycle analysis)
     */
    public record Result(NetworkClass networkClass, PyloricFeatures pyloric, int cycles) {
    }

    /** Classifies a circuit from its cells (cell 0 is the reference) with the rules above. */
    public static Result classify(List<CellActivity> cells, boolean pyloricTemplate, PyloricRanges ranges) {
        List<ActivityClass> classes = cells.stream().map(CellActivity::activityClass).toList();
        if (anyFailed(classes)) {
            return notTriphasic(NetworkClass.NUMERICAL_FAILURE, 0);
        }
        if (anySilent(classes)) {
            return notTriphasic(NetworkClass.SILENT, 0);
        }
        NetworkCycles cycles = NetworkCycles.of(cells.stream().map(CellActivity::bursts).toList());
        double[] periods = cells.stream().mapToDouble(CellActivity::periodMs).toArray();
        if (!periodic(classes, periods) || cycles.cycleCount() == 0) {
            return notTriphasic(NetworkClass.IRREGULAR, cycles.cycleCount());
        }
        int[] burstsPerCycle = cells.stream().mapToInt(CellActivity::burstsPerCycle).toArray();
        if (!oneToOne(periods, burstsPerCycle, cycles)) {
            return notTriphasic(pyloricTemplate ? NetworkClass.NON_TRIPHASIC : NetworkClass.LOCKED_OTHER,
                    cycles.cycleCount());
        }
        if (!pyloricTemplate) {
            boolean alternating = true;
            for (int k = 0; k < cycles.cycleCount(); k++) {
                alternating &= alternating(cycles, k);
            }
            return notTriphasic(alternating ? NetworkClass.ALTERNATING : NetworkClass.OVERLAPPING,
                    cycles.cycleCount());
        }
        List<PyloricFeatures.Cycle> triphasic = triphasicCycles(cycles);
        PyloricFeatures features = PyloricFeatures.of(triphasic);
        NetworkClass c;
        if (!triphasic.stream().allMatch(NetworkClassifier::pyloricOrder)) {
            c = NetworkClass.TRIPHASIC_WRONG_ORDER;
        } else {
            c = ranges.contains(features) ? NetworkClass.PYLORIC : NetworkClass.PYLORIC_LIKE;
        }
        return new Result(c, features, cycles.cycleCount());
    }

    /** Whether the cells are named ABPD, LP, PY in this order, the cells of the pyloric template. */
    public static boolean isPyloricTemplate(List<String> cellNames) {
        return cellNames.equals(Prinz2004Pyloric.CELL_NAMES);
    }

    /** Whether some cell's integration failed. */
    public static boolean anyFailed(List<ActivityClass> classes) {
        return classes.contains(ActivityClass.NUMERICAL_FAILURE);
    }

    /** Whether some cell fired no spike in the window (its class is silent). */
    public static boolean anySilent(List<ActivityClass> classes) {
        return classes.contains(ActivityClass.SILENT);
    }

    /** Whether every cell is periodic (tonic or a periodic burster) and their periods are consistent. */
    public static boolean periodic(List<ActivityClass> classes, double[] periodsMs) {
        boolean allPeriodic = classes.stream().allMatch(c -> c == ActivityClass.TONIC || c == ActivityClass.BURSTING);
        return allPeriodic && !Double.isNaN(networkPeriodMs(periodsMs));
    }

    /**
     * Cycles of each cell per network period, Prinz's rule (sheet §4.3, mackelab's account of his
     * code): the longest period over the cell's period, rounded to the nearest integer (at least 1).
     */
    public static int[] cyclesPerPeriod(double[] periodsMs) {
        double longest = Arrays.stream(periodsMs).max().orElse(Double.NaN);
        return Arrays.stream(periodsMs).mapToInt(p -> (int) Math.max(1, Math.round(longest / p))).toArray();
    }

    /**
     * The network period, ms, or NaN when the cells' periods are not consistent. Each cell's period
     * times its cycles per period ({@link #cyclesPerPeriod}) estimates the network period; the
     * estimates must all lie within {@link #PERIOD_DEVIATION_TOLERANCE} × their mean of it, and the
     * mean is the network period. A NaN or non-positive period is never consistent.
     */
    public static double networkPeriodMs(double[] periodsMs) {
        if (periodsMs.length == 0 || !Arrays.stream(periodsMs).allMatch(p -> p > 0 && Double.isFinite(p))) {
            return Double.NaN;
        }
        int[] n = cyclesPerPeriod(periodsMs);
        double[] estimate = new double[periodsMs.length];
        for (int i = 0; i < n.length; i++) {
            estimate[i] = n[i] * periodsMs[i];
        }
        double mean = Arrays.stream(estimate).average().orElseThrow();
        double deviation = Arrays.stream(estimate).map(e -> Math.abs(e - mean)).max().orElseThrow();
        return deviation < PERIOD_DEVIATION_TOLERANCE * mean ? mean : Double.NaN;
    }

    /**
     * Triphasic (template) or one-to-one (generic), given that the network is periodic: every cell
     * has one cycle per network period and at most one burst per cycle (a tonic cell firing once
     * per period counts), and every analysed cycle holds exactly one burst of each cell — Prinz's
     * "every cell has 1 cycle per period and 1 IBI per cycle" checked on the cycles themselves.
     */
    public static boolean oneToOne(double[] periodsMs, int[] burstsPerCycle, NetworkCycles cycles) {
        if (Arrays.stream(cyclesPerPeriod(periodsMs)).anyMatch(n -> n != 1)
                || Arrays.stream(burstsPerCycle).anyMatch(k -> k > 1)) {
            return false;
        }
        for (int k = 0; k < cycles.cycleCount(); k++) {
            for (int c = 0; c < cycles.cellCount(); c++) {
                if (cycles.burstCount(k, c) != 1) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The pyloric order of one triphasic cycle (P04, sheet §5.5): AB/PD burst end ≤ LP burst start,
     * LP start ≤ PY start, and LP end ≤ PY end.
     */
    public static boolean pyloricOrder(PyloricFeatures.Cycle c) {
        return c.abpdEndMs() <= c.lpStartMs() && c.lpStartMs() <= c.pyStartMs() && c.lpEndMs() <= c.pyEndMs();
    }

    /**
     * Whether in cycle k of a one-to-one network the cells take turns: taken in order of their
     * starts, each burst ends before the next one starts, and the last ends before the cycle ends
     * (when cell 0 bursts again).
     */
    public static boolean alternating(NetworkCycles cycles, int k) {
        int n = cycles.cellCount();
        Integer[] order = new Integer[n];
        for (int c = 0; c < n; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> Double.compare(cycles.burstStart(k, a), cycles.burstStart(k, b)));
        for (int i = 0; i < n; i++) {
            double nextStart = i + 1 < n ? cycles.burstStart(k, order[i + 1]) : cycles.cycleEnd(k);
            if (!(cycles.burstEnd(k, order[i]) < nextStart)) {
                return false;
            }
        }
        return true;
    }

    /** The burst times of each analysed cycle of a one-to-one pyloric circuit (cells ABPD, LP, PY). */
    static List<PyloricFeatures.Cycle> triphasicCycles(NetworkCycles cycles) {
        List<PyloricFeatures.Cycle> out = new ArrayList<>();
        int abpd = Prinz2004Pyloric.ABPD;
        int lp = Prinz2004Pyloric.LP;
        int py = Prinz2004Pyloric.PY;
        for (int k = 0; k < cycles.cycleCount(); k++) {
            out.add(new PyloricFeatures.Cycle(cycles.burstStart(k, abpd), cycles.burstEnd(k, abpd),
                    cycles.burstStart(k, lp), cycles.burstEnd(k, lp), cycles.burstStart(k, py),
                    cycles.burstEnd(k, py), cycles.cycleEnd(k)));
        }
        return out;
    }

    private static Result notTriphasic(NetworkClass c, int cycles) {
        return new Result(c, PyloricFeatures.notApplicable(), cycles);
    }
}
