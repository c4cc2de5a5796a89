package org.circuitsweep.jobs.spec;

import java.util.List;

import org.circuitsweep.engine.sim.Integrator;
import org.circuitsweep.engine.sim.Kernel;
import org.circuitsweep.engine.sim.SimulationSettings;

/**
 * Reads the optional {@code simulation:} mapping; every key left out keeps its value from the
 * model's defaults ({@link SimulationSettings#DEFAULTS} for neurons,
 * {@link SimulationSettings#NETWORK_DEFAULTS} for networks). The settings validate themselves with
 * messages that start with the YAML key, so those are passed on under {@code simulation.}.
 * Networks are integrated by exponential Euler only, with the exact kernel, and carry DC currents
 * on their cells.
 */
final class SimulationSection {

    static final List<String> KEYS = List.of("dt-ms", "duration-ms", "transient-ms", "integrator", "dc-current-na",
            "dc-onset-ms", "adaptive-stop", "kernel");

    private SimulationSection() {
    }

    static SimulationSettings read(Field simulation, ModelKind kind) {
        SimulationSettings d = kind.isNetwork() ? SimulationSettings.NETWORK_DEFAULTS : SimulationSettings.DEFAULTS;
        if (!simulation.present()) {
            return d;
        }
        simulation.keys(KEYS);
        if (kind.isNetwork()) {
            refuseForNetworks(simulation);
        }
        try {
            return new SimulationSettings(
                    number(simulation, "dt-ms", d.dtMs()),
                    number(simulation, "duration-ms", d.durationMs()),
                    number(simulation, "transient-ms", d.transientMs()),
                    number(simulation, "dc-current-na", d.dcCurrentNa()),
                    number(simulation, "dc-onset-ms", d.dcOnsetMs()),
                    integrator(simulation.child("integrator"), d.integrator()),
                    bool(simulation.child("adaptive-stop"), d.adaptiveStop()),
                    kernel(simulation.child("kernel"), d.kernel()));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int colon = message.indexOf(": ");
            throw colon < 0 ? simulation.error(message)
                    : simulation.child(message.substring(0, colon)).error(message.substring(colon + 2));
        }
    }

    private static void refuseForNetworks(Field simulation) {
        Field integrator = simulation.child("integrator");
        if (integrator.present() && !Integrator.EXPONENTIAL_EULER.label().equals(integrator.text())) {
            throw integrator.error("networks are integrated with " + Integrator.EXPONENTIAL_EULER.label() + " only");
        }
        if (simulation.child("kernel").present()) {
            throw simulation.child("kernel").error("not allowed for networks, which are simulated with the "
                    + Kernel.EXACT.label() + " kernel");
        }
        for (String key : new String[] {"dc-current-na", "dc-onset-ms"}) {
            if (simulation.child(key).present()) {
                throw simulation.child(key).error("not allowed for networks; set dc-current-na on each cell of a "
                        + "circuit file (on from t = 0)");
            }
        }
    }

    private static double number(Field simulation, String key, double defaultValue) {
        Field field = simulation.child(key);
        return field.present() ? field.number() : defaultValue;
    }

    private static boolean bool(Field field, boolean defaultValue) {
        return field.present() ? field.bool() : defaultValue;
    }

    private static Kernel kernel(Field field, Kernel defaultValue) {
        return field.present() ? Kernel.fromLabel(field.text()) : defaultValue;
    }

    private static Integrator integrator(Field field, Integrator defaultValue) {
        return field.present() ? Integrator.fromLabel(field.text()) : defaultValue;
    }
}
