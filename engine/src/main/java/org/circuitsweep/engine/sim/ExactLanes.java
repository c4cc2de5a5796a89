package org.circuitsweep.engine.sim;

import org.circuitsweep.engine.channel.ThermalFactors;
import org.circuitsweep.engine.model.Conductances;
import org.circuitsweep.engine.sim.kernel.LaneKernel;

/** {@link ExponentialEuler} behind the {@link LaneKernel} interface: one cell state and stepper per lane. */
final class ExactLanes implements LaneKernel {

    private final ExponentialEuler[] steppers;
    private final CellState[] cells;
    private final double[] iExt;

    ExactLanes(double dtMs, UpdateOrder order, int lanes) {
        this(dtMs, order, lanes, ThermalFactors.REFERENCE);
    }

    ExactLanes(double dtMs, UpdateOrder order, int lanes, ThermalFactors thermal) {
        if (lanes < 1 || lanes > 64) {
            throw new IllegalArgumentException("lanes = " + lanes + ": allowed 1..64");
        }
        steppers = new ExponentialEuler[lanes];
        cells = new CellState[lanes];
        iExt = new double[lanes];
        for (int lane = 0; lane < lanes; lane++) {
            steppers[lane] = new ExponentialEuler(dtMs, order, thermal);
            cells[lane] = new CellState();
        }
    }

    @Override
    public int lanes() {
        return cells.length;
    }

    @Override
    public void reset(int lane, Conductances conductances) {
        steppers[lane].setConductances(conductances);
        cells[lane].setDatabaseInitialState();
        iExt[lane] = 0.0;
    }

    @Override
    public void setCurrent(int lane, double iExtUaPerCm2) {
        iExt[lane] = iExtUaPerCm2;
    }

    @Override
    public long step() {
        long failed = 0;
        for (int lane = 0; lane < cells.length; lane++) {
            steppers[lane].step(cells[lane], iExt[lane], 0.0, 0.0);
            if (!cells[lane].isPhysical()) {
                cells[lane].setDatabaseInitialState();
                failed |= 1L << lane;
            }
        }
        return failed;
    }

    @Override
    public double v(int lane) {
        return cells[lane].vMv();
    }

    @Override
    public double ca(int lane) {
        return cells[lane].caUm();
    }
}
