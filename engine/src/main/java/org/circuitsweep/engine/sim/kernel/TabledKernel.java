package org.circuitsweep.engine.sim.kernel;

import static org.circuitsweep.engine.sim.kernel.GateTable.A_H;
import static org.circuitsweep.engine.sim.kernel.GateTable.A_M;
import static org.circuitsweep.engine.sim.kernel.GateTable.CAS_H;
import static org.circuitsweep.engine.sim.kernel.GateTable.CAS_M;
import static org.circuitsweep.engine.sim.kernel.GateTable.CAT_H;
import static org.circuitsweep.engine.sim.kernel.GateTable.CAT_M;
import static org.circuitsweep.engine.sim.kernel.GateTable.GATES;
import static org.circuitsweep.engine.sim.kernel.GateTable.H_M;
import static org.circuitsweep.engine.sim.kernel.GateTable.KCA_M;
import static org.circuitsweep.engine.sim.kernel.GateTable.KD_M;
import static org.circuitsweep.engine.sim.kernel.GateTable.NA_H;
import static org.circuitsweep.engine.sim.kernel.GateTable.NA_M;
import static org.circuitsweep.engine.sim.kernel.GateTable.STRIDE;
import static org.circuitsweep.engine.sim.kernel.GateTable.V_MAX_MV;
import static org.circuitsweep.engine.sim.kernel.GateTable.V_MIN_MV;

import org.circuitsweep.engine.channel.ThermalFactors;
import org.circuitsweep.engine.channel.prinz2003.Prinz2003;
import org.circuitsweep.engine.model.Conductances;

/**
 * State, constants and the shared parts of the two tabled kernels. The step both implement,
 * operation for operation (so their results are bit-identical), is
 * {@link org.circuitsweep.engine.sim.ExponentialEuler}'s GATES_FIRST step with three changes: gate
 * rates come from a {@link GateTable}; exp and ln are {@link KernelMath}'s; E_Ca of the new [Ca] and
 * the calcium conductance of the new gates are kept for the next step instead of being computed
 * twice. The 0/0 guard (total conductance below {@value #MIN_TOTAL_CONDUCTANCE} mS/cm²: a
 * forward-Euler V step) and the test of a physical state are the exact kernel's.
 *
 * <p>The step runs in three phases, each over all lanes: [Ca] and E_Ca; gates and conductances;
 * V. A lane's step is one long dependency chain, and phases let the CPU overlap the chains of
 * different lanes. Per-lane quantities are arrays indexed by lane; the gates and maximal
 * conductances of a lane are contiguous ({@code gate[lane·STRIDE + g]}).
 *
 * <p>A conductance is (gMax·m^p)·h, the exact kernel's order of operations; the sums are formed in
 * catalogue order as {@link TabledLanes} writes them.
 *
 * <p>Temperature ({@link ThermalFactors}): the gate table holds the decays of the scaled rates, the
 * maximal conductances are scaled when a lane is reset, the calcium decay and the Nernst factor are
 * the temperature's. At the reference temperature each factor is exactly 1 and the bits are the
 * unscaled kernel's.
 */
abstract sealed class TabledKernel implements LaneKernel permits TabledLanes, SimdLanes {

    /** The leak's slot in a lane's {@link #gMax}: the first slot past the gates. */
    static final int LEAK = GATES;

    static final double MIN_TOTAL_CONDUCTANCE = 1e-12;
    /** |V| at or above this, mV, is a numerical failure (as CellState.isPhysical). */
    static final double V_BOUND_MV = 1000.0;
    static final double CA_BOUND_UM = 1e6;

    static final double E_NA = Prinz2003.E_NA_MV;
    static final double E_K = Prinz2003.E_K_MV;
    static final double E_H = Prinz2003.E_H_MV;
    static final double E_LEAK = Prinz2003.E_LEAK_MV;
    static final double LN_CA_OUT = Math.log(Prinz2003.CA_OUT_UM);
    static final double CA_REST = Prinz2003.CA_REST_UM;
    static final double CA_PER_NA = Prinz2003.CA_PER_CURRENT_UM_PER_NA;
    /** Current density (mS/cm²·mV = µA/cm²) to absolute current in nA. */
    static final double DENSITY_TO_NA = Prinz2003.AREA_CM2 * 1e3;
    /** [Ca]/([Ca] + KCA_HALF_UM) is the calcium factor of KCa's m_inf. */
    static final double KCA_HALF_UM = 3.0;

    final GateTable table;
    final int lanes;
    final double dtOverC;
    final double caDecay;
    /** RT/zF of calcium at the kernel's temperature, mV. */
    final double nernst;
    /** E_Ca of the initial [Ca]. */
    final double eCaInitial;
    /** The temperature factor of each maximal conductance, in gate slots as {@link #gMax}. */
    private final double[] gFactor = new double[STRIDE];

    /* Per-lane state. */
    final double[] v;
    final double[] ca;
    /** E_Ca of the current [Ca], mV. */
    final double[] eCa;
    /** g_CaT + g_CaS of the current gates, mS/cm². */
    final double[] gCa;
    final double[] iExt;
    final double[] gate;
    /**
     * Maximal conductances in gate slots: each current's at the slot of its activation gate, the
     * leak's at {@link #LEAK}, zero at the inactivation slots. Aligned with {@link #gate}, so that
     * one lane-wise product gives gMax·m^p for a whole block of gates.
     */
    final double[] gMax;

    /* Scratch: per-lane results of one phase for the next. */
    final double[] caNext;
    final double[] eCaNext;
    final double[] sumG;
    /** Σ g·E plus the injected current. */
    final double[] drive;

    /**
     * The phases, called through an array so that the call site sees several classes: C2 then never
     * inlines one phase into another. That matters for {@link SimdLanes}: C2 stops inlining once a
     * compilation holds about 18,000 nodes, and a Vector API call it leaves out of line boxes its
     * vectors (an allocation per operation).
     */
    private final Runnable[] phases = {this::relaxCalcium, this::relaxGates, this::relaxVoltage};
    /** Set by {@link #relaxVoltage}: lanes whose new state is unphysical. */
    long failedLanes;

    TabledKernel(GateTable table, double dtMs, int lanes, ThermalFactors thermal) {
        if (lanes < 1 || lanes > 64) {
            throw new IllegalArgumentException("lanes = " + lanes + ": allowed 1..64");
        }
        this.table = table;
        this.lanes = lanes;
        this.dtOverC = dtMs / Prinz2003.CAPACITANCE_UF_PER_CM2;
        this.caDecay = Math.exp(-(dtMs * thermal.calciumRate()) / Prinz2003.TAU_CA_MS);
        this.nernst = thermal.nernstFactorMv();
        this.eCaInitial = calciumReversal(Prinz2003.CA_REST_UM);
        gFactor[NA_M] = thermal.conductanceFactor(GateTable.C_NA);
        gFactor[CAT_M] = thermal.conductanceFactor(GateTable.C_CAT);
        gFactor[CAS_M] = thermal.conductanceFactor(GateTable.C_CAS);
        gFactor[A_M] = thermal.conductanceFactor(GateTable.C_A);
        gFactor[KCA_M] = thermal.conductanceFactor(GateTable.C_KCA);
        gFactor[KD_M] = thermal.conductanceFactor(GateTable.C_KD);
        gFactor[H_M] = thermal.conductanceFactor(GateTable.C_H);
        gFactor[LEAK] = thermal.conductanceFactor(GateTable.C_LEAK);
        v = new double[lanes];
        ca = new double[lanes];
        eCa = new double[lanes];
        gCa = new double[lanes];
        iExt = new double[lanes];
        gate = new double[STRIDE * lanes];
        gMax = new double[STRIDE * lanes];
        caNext = new double[lanes];
        eCaNext = new double[lanes];
        sumG = new double[lanes];
        drive = new double[lanes];
        for (int lane = 0; lane < lanes; lane++) {
            setInitialState(lane);
        }
    }

    final double calciumReversal(double caUm) {
        return nernst * (LN_CA_OUT - KernelMath.ln(caUm));
    }

    @Override
    public final int lanes() {
        return lanes;
    }

    @Override
    public final long step() {
        for (Runnable phase : phases) {
            phase.run();
        }
        long failed = failedLanes;
        if (failed != 0) {
            for (int lane = 0; lane < lanes; lane++) {
                if ((failed & (1L << lane)) != 0) {
                    setInitialState(lane);
                }
            }
        }
        return failed;
    }

    /** [Ca] of every lane relaxes under the calcium current at the start of the step; into caNext, eCaNext. */
    abstract void relaxCalcium();

    /**
     * Every gate relaxes toward its steady state at V and [Ca] of the start of the step; then Σg, drive
     * (Σg·E plus the injected current, with E_Ca of caNext) and g_Ca of the new gates.
     */
    abstract void relaxGates();

    /**
     * V of every lane relaxes toward drive/Σg (a forward-Euler step where Σg is below
     * {@value #MIN_TOTAL_CONDUCTANCE}); V, [Ca] and E_Ca are committed and {@link #failedLanes} set.
     */
    abstract void relaxVoltage();

    /** Position of V on the table grid: row index + fraction, V clamped to the table's range. */
    final double tablePosition(double vMv) {
        // Comparisons rather than Math.min/max, whose NaN and −0 handling costs instructions (same result here).
        double clamped = vMv < V_MIN_MV ? V_MIN_MV : vMv > V_MAX_MV ? V_MAX_MV : vMv;
        return (clamped - V_MIN_MV) * table.pointsPerMv;
    }

    /** The calcium factor of KCa's m_inf. */
    static double kcaCalciumFactor(double caUm) {
        return caUm / (caUm + KCA_HALF_UM);
    }

    @Override
    public final void reset(int lane, Conductances conductances) {
        int at = lane * STRIDE;
        gMax[at + NA_M] = conductances.gNa() * gFactor[NA_M];
        gMax[at + CAT_M] = conductances.gCaT() * gFactor[CAT_M];
        gMax[at + CAS_M] = conductances.gCaS() * gFactor[CAS_M];
        gMax[at + A_M] = conductances.gA() * gFactor[A_M];
        gMax[at + KCA_M] = conductances.gKCa() * gFactor[KCA_M];
        gMax[at + KD_M] = conductances.gKd() * gFactor[KD_M];
        gMax[at + H_M] = conductances.gH() * gFactor[H_M];
        gMax[at + LEAK] = conductances.gLeak() * gFactor[LEAK];
        iExt[lane] = 0.0;
        setInitialState(lane);
    }

    @Override
    public final void setCurrent(int lane, double iExtUaPerCm2) {
        iExt[lane] = iExtUaPerCm2;
    }

    @Override
    public final double v(int lane) {
        return v[lane];
    }

    @Override
    public final double ca(int lane) {
        return ca[lane];
    }

    /**
     * The database initial state (sheet §1.4): every activation gate 0, every inactivation gate 1,
     * so no calcium conductance.
     */
    final void setInitialState(int lane) {
        v[lane] = Prinz2003.V_INITIAL_MV;
        ca[lane] = Prinz2003.CA_REST_UM;
        eCa[lane] = eCaInitial;
        gCa[lane] = 0.0;
        for (int g = 0; g < STRIDE; g++) {
            gate[lane * STRIDE + g] = g == NA_H || g == CAT_H || g == CAS_H || g == A_H ? 1.0 : 0.0;
        }
    }
}
