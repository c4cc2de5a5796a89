package org.circuitsweep.engine.classify;

import java.util.ArrayList;
import java.util.List;

import org.circuitsweep.engine.analysis.PyloricFeatures;

/**
 * The ranges within which a pyloric-like rhythm's fifteen features must lie for it to be called
 * pyloric: mean ± {@code sdCount} × SD of each feature. Immutable.
 *
 * @param mean    the mean of each feature
 * @param sd      the standard deviation of each feature (each ≥ 0)
 * @param sdCount how many SDs either side of the mean are allowed (Prinz 2004: 2)
 * @param source  where the means and SDs come from
 */
public record PyloricRanges(PyloricFeatures mean, PyloricFeatures sd, double sdCount, String source) {

    /**
     * P04 Table 1: 99 <i>Homarus americanus</i> preparations, mean ± 2 SD (sheet §5.5; values from
     * mackelab/IdentifyMechanisticModels_2020 {@code find_pyloric.py}, three ranges confirmed by a
     * second summary). The table's printed ranges were computed from unrounded means and SDs and
     * differ from these by at most 1 ms or 0.001 (period: 951–2067 here, 952–2067 printed).
     */
    public static final PyloricRanges P04_TABLE_1 = new PyloricRanges(
            new PyloricFeatures(1509, 582, 399, 530, 221, -61, 803, 1141, 0.385, 0.264, 0.348, 0.148, -0.040, 0.533,
                    0.758),
            new PyloricFeatures(279, 133, 113, 150, 109, 60, 169, 216, 0.040, 0.059, 0.054, 0.065, 0.034, 0.054,
                    0.060),
            2.0,
            "Prinz, Bucher & Marder 2004 (Nat Neurosci 7:1345) Table 1, 99 Homarus americanus preparations; "
                    + "reference sheet §5.5");

    public PyloricRanges {
        if (mean == null || sd == null || source == null) {
            throw new IllegalArgumentException("mean, sd and source: allowed non-null values");
        }
        double[] m = mean.toArray();
        double[] s = sd.toArray();
        for (int i = 0; i < m.length; i++) {
            if (!Double.isFinite(m[i]) || !(s[i] >= 0) || Double.isInfinite(s[i])) {
                throw new IllegalArgumentException(PyloricFeatures.NAMES.get(i) + ": mean " + m[i] + ", sd " + s[i]
                        + ": allowed a finite mean and a finite sd >= 0");
            }
        }
        if (!(sdCount > 0) || Double.isInfinite(sdCount)) {
            throw new IllegalArgumentException("sdCount = " + sdCount + ": allowed a finite number > 0");
        }
    }

    /** mean − sdCount × SD of each feature. */
    public PyloricFeatures lower() {
        return bound(-1);
    }

    /** mean + sdCount × SD of each feature. */
    public PyloricFeatures upper() {
        return bound(+1);
    }

    /** The names of the features outside their range (NaN is outside), in table order. */
    public List<String> outside(PyloricFeatures f) {
        double[] v = f.toArray();
        double[] lo = lower().toArray();
        double[] hi = upper().toArray();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            if (!(v[i] >= lo[i] && v[i] <= hi[i])) {
                out.add(PyloricFeatures.NAMES.get(i));
            }
        }
        return out;
    }

    /** Whether all fifteen features lie within their ranges, ends included. */
    public boolean contains(PyloricFeatures f) {
        return outside(f).isEmpty();
    }

    private PyloricFeatures bound(int sign) {
        double[] m = mean.toArray();
        double[] s = sd.toArray();
        double[] b = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            b[i] = m[i] + sign * sdCount * s[i];
        }
        return PyloricFeatures.fromArray(b);
    }
}
