package org.circuitsweep.engine.analysis;

import java.util.Collections;
import java.util.List;

import org.circuitsweep.engine.classify.NetworkClass;

/**
 * What a circuit did in its analysis window: the network class, the pyloric features, and each
 * cell's own features and class. See {@link org.circuitsweep.engine.classify.NetworkClassifier}
 * for the rules.
 *
 * @param networkClass the class
 * @param pyloric      the fifteen P04 features, averaged over the analysed cycles; NaN unless the
 *                     class is pyloric, pyloric-like or triphasic-wrong-order
 * @param cells        each cell's features over the same window, in the circuit's cell order
 * @param cycles       cycles of cell 0 (AB/PD) that were analysed (0 when the classification
 *                     ended before the cycle analysis: failure or silence)
 * @param analysedMs   length of the analysis window that was simulated, ms
 */
public record NetworkResult(NetworkClass networkClass, PyloricFeatures pyloric, List<NeuronFeatures> cells,
                            int cycles, double analysedMs) {

    public NetworkResult {
        if (networkClass == null || pyloric == null || cells == null || cells.isEmpty()) {
            throw new IllegalArgumentException("networkClass, pyloric and cells: allowed non-null values and at "
                    + "least one cell");
        }
        cells = List.copyOf(cells);
        if (cycles < 0) {
            throw new IllegalArgumentException("cycles = " + cycles + ": allowed an integer >= 0");
        }
        if (!(analysedMs >= 0) || Double.isInfinite(analysedMs)) {
            throw new IllegalArgumentException("analysedMs = " + analysedMs + ": allowed a finite number >= 0 ms");
        }
    }

    /** The result of a run in which some cell's state became NaN, infinite or diverged after {@code analysedMs}. */
    public static NetworkResult numericalFailure(int cellCount, double analysedMs) {
        return new NetworkResult(NetworkClass.NUMERICAL_FAILURE, PyloricFeatures.notApplicable(),
                Collections.nCopies(cellCount, NeuronFeatures.numericalFailure(analysedMs)), 0, analysedMs);
    }
}
