package org.circuitsweep.engine.sim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

import org.circuitsweep.engine.channel.prinz2003.ACurrent;
import org.circuitsweep.engine.channel.prinz2003.CaS;
import org.circuitsweep.engine.channel.prinz2003.CaT;
import org.circuitsweep.engine.channel.prinz2003.HCurrent;
import org.circuitsweep.engine.channel.prinz2003.KCa;
import org.circuitsweep.engine.channel.prinz2003.Kd;
import org.circuitsweep.engine.channel.prinz2003.NaV;
import org.junit.jupiter.api.Test;

/** The rate tables against the channel classes' functions. */
class GateTableTest {

    private static final double DT = 0.05;
    private static final GateTable TABLE = new GateTable(DT, 20);

    /** Column, x_inf and τ of every gate, as the exact kernel evaluates them. */
    private record Gate(int column, DoubleUnaryOperator inf, DoubleUnaryOperator tau) {
    }

    private static final List<Gate> GATES = List.of(
            new Gate(GateTable.NA_M, v -> NaV.INSTANCE.mInf(v, 0), NaV.INSTANCE::tauMMs),
            new Gate(GateTable.NA_H, NaV.INSTANCE::hInf, NaV.INSTANCE::tauHMs),
            new Gate(GateTable.CAT_M, v -> CaT.INSTANCE.mInf(v, 0), CaT.INSTANCE::tauMMs),
            new Gate(GateTable.CAT_H, CaT.INSTANCE::hInf, CaT.INSTANCE::tauHMs),
            new Gate(GateTable.CAS_M, v -> CaS.INSTANCE.mInf(v, 0), CaS.INSTANCE::tauMMs),
            new Gate(GateTable.CAS_H, CaS.INSTANCE::hInf, CaS.INSTANCE::tauHMs),
            new Gate(GateTable.A_M, v -> ACurrent.INSTANCE.mInf(v, 0), ACurrent.INSTANCE::tauMMs),
            new Gate(GateTable.A_H, ACurrent.INSTANCE::hInf, ACurrent.INSTANCE::tauHMs),
            new Gate(GateTable.KCA_M, KCa.INSTANCE::voltageFactor, KCa.INSTANCE::tauMMs),
            new Gate(GateTable.KD_M, v -> Kd.INSTANCE.mInf(v, 0), Kd.INSTANCE::tauMMs),
            new Gate(GateTable.H_M, v -> HCurrent.INSTANCE.mInf(v, 0), HCurrent.INSTANCE::tauMMs));

    /** The kernels' interpolation: value + f·slope of the row below. */
    private static double interpolate(double v, int block, int column) {
        double pos = (Math.min(Math.max(v, GateTable.V_MIN_MV), GateTable.V_MAX_MV) - GateTable.V_MIN_MV)
                * TABLE.pointsPerMv;
        int row = (int) pos;
        double f = pos - row;
        int at = row * GateTable.ROW + block + column;
        return Math.fma(f, TABLE.data[at + GateTable.STRIDE], TABLE.data[at]);
    }

    @Test
    void gridPointsHoldTheChannelFunctionsExactly() {
        for (Gate gate : GATES) {
            for (int k = 0; k < TABLE.rows; k += 37) {
                double v = TABLE.vOfRow(k);
                assertThat(TABLE.data[k * GateTable.ROW + GateTable.INF + gate.column()])
                        .isCloseTo(gate.inf().applyAsDouble(v), within(1e-12));
                assertThat(TABLE.data[k * GateTable.ROW + GateTable.DECAY + gate.column()])
                        .isEqualTo(Math.exp(-DT / gate.tau().applyAsDouble(v)));
            }
        }
    }

    /** Linear interpolation on 0.05 mV: error ≤ h²/8·max|f''|, about 1e-6 for the steepest gate. */
    @Test
    void interpolationErrorIsBelow2e6EverywhereInTheRange() {
        SplittableRandom random = new SplittableRandom(3);
        for (Gate gate : GATES) {
            double worstInf = 0;
            double worstDecay = 0;
            for (int i = 0; i < 50_000; i++) {
                double v = GateTable.V_MIN_MV + (GateTable.V_MAX_MV - GateTable.V_MIN_MV) * random.nextDouble();
                worstInf = Math.max(worstInf, Math.abs(interpolate(v, GateTable.INF, gate.column())
                        - gate.inf().applyAsDouble(v)));
                worstDecay = Math.max(worstDecay, Math.abs(interpolate(v, GateTable.DECAY, gate.column())
                        - Math.exp(-DT / gate.tau().applyAsDouble(v))));
            }
            assertThat(worstInf).as("x_inf of column %d", gate.column()).isLessThan(2e-6);
            assertThat(worstDecay).as("decay of column %d", gate.column()).isLessThan(2e-6);
        }
    }

    @Test
    void outsideTheRangeTheEndValuesHold() {
        for (Gate gate : GATES) {
            assertThat(interpolate(-400, GateTable.INF, gate.column()))
                    .isEqualTo(gate.inf().applyAsDouble(GateTable.V_MIN_MV));
            assertThat(interpolate(1e6, GateTable.DECAY, gate.column()))
                    .isEqualTo(Math.exp(-DT / gate.tau().applyAsDouble(GateTable.V_MAX_MV)));
        }
    }

    @Test
    void paddingSlotsAreZeroSoTheyStayZero() {
        for (int k = 0; k < TABLE.rows; k++) {
            for (int slot = GateTable.GATES; slot < GateTable.STRIDE; slot++) {
                for (int block = 0; block < GateTable.ROW; block += GateTable.STRIDE) {
                    assertThat(TABLE.data[k * GateTable.ROW + block + slot]).isZero();
                }
            }
        }
    }

    @Test
    void refusesAnAbsurdResolution() {
        assertThatThrownBy(() -> new GateTable(DT, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pointsPerMv");
    }
}
