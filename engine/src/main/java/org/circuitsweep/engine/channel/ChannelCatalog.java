package org.circuitsweep.engine.channel;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.circuitsweep.engine.channel.prinz2003.ACurrent;
import org.circuitsweep.engine.channel.prinz2003.CaS;
import org.circuitsweep.engine.channel.prinz2003.CaT;
import org.circuitsweep.engine.channel.prinz2003.HCurrent;
import org.circuitsweep.engine.channel.prinz2003.KCa;
import org.circuitsweep.engine.channel.prinz2003.Kd;
import org.circuitsweep.engine.channel.prinz2003.Leak;
import org.circuitsweep.engine.channel.prinz2003.NaV;
import org.circuitsweep.engine.model.ParameterInfo;

/**
 * The currents of the Prinz 2003 model neuron in the database's column order (Na, CaT, CaS, A,
 * KCa, Kd, H, leak), each with the metadata of its maximal conductance. Index i of every
 * conductance array in the engine is entry i of this catalogue.
 */
public final class ChannelCatalog {

    /** One current and the parameter that sets its maximal conductance density. */
    public record Entry(Channel channel, ParameterInfo gMax) {
    }

    private static final String UNIT = "mS/cm²";

    /*
     * Bounds: a maximal conductance is a density, so it cannot be negative; the upper bound is 100
     * times the top of the P03 grid, far outside any published model but low enough to catch a
     * value typed in the wrong unit. Defaults are AB/PD 2 of Prinz 2004 (a regular burster).
     */
    public static final List<Entry> PRINZ2003 = List.of(
            entry(NaV.INSTANCE, "gNa", 500, 100),
            entry(CaT.INSTANCE, "gCaT", 12.5, 2.5),
            entry(CaS.INSTANCE, "gCaS", 10, 6),
            entry(ACurrent.INSTANCE, "gA", 50, 50),
            entry(KCa.INSTANCE, "gKCa", 25, 5),
            entry(Kd.INSTANCE, "gKd", 125, 100),
            entry(HCurrent.INSTANCE, "gH", 0.05, 0.01),
            entry(Leak.INSTANCE, "gLeak", 0.05, 0));

    public static final int SIZE = PRINZ2003.size();

    private ChannelCatalog() {
    }

    private static Entry entry(Channel channel, String name, double gridTop, double defaultValue) {
        String description = "maximal conductance density of I_" + channel.name() + " (" + channel.source() + ")";
        return new Entry(channel, new ParameterInfo(name, UNIT, 0.0, 100.0 * gridTop, defaultValue, description));
    }

    /** The parameter metadata of the maximal conductances, in catalogue order. */
    public static List<ParameterInfo> parameters() {
        return PRINZ2003.stream().map(Entry::gMax).toList();
    }

    /** The catalogue index of a conductance name such as {@code gNa}, or −1. */
    public static int indexOf(String conductanceName) {
        for (int i = 0; i < SIZE; i++) {
            if (PRINZ2003.get(i).gMax().name().equals(conductanceName)) {
                return i;
            }
        }
        return -1;
    }

    public static Optional<ParameterInfo> parameter(String conductanceName) {
        int i = indexOf(conductanceName);
        return i < 0 ? Optional.empty() : Optional.of(PRINZ2003.get(i).gMax());
    }

    /** The allowed names, for error messages: {@code gNa, gCaT, ...}. */
    public static String names() {
        return PRINZ2003.stream().map(e -> e.gMax().name()).collect(Collectors.joining(", "));
    }
}
