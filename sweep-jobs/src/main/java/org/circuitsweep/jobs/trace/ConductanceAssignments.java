package org.circuitsweep.jobs.trace;

import java.util.LinkedHashSet;
import java.util.Set;

import org.circuitsweep.engine.channel.ChannelCatalog;
import org.circuitsweep.engine.model.Conductances;
import org.circuitsweep.engine.model.ParameterInfo;

/**
 * Parses {@code gNa=100,gCaT=2.5,...} against the channel catalogue. Conductances not named keep
 * their catalogue default (AB/PD 2 of Prinz 2004). Every refusal is one line naming the
 * conductance and what is allowed.
 */
final class ConductanceAssignments {

    private ConductanceAssignments() {
    }

    static Conductances parse(String option, String text) {
        Conductances result = Conductances.defaults();
        Set<String> seen = new LinkedHashSet<>();
        for (String assignment : text.split(",", -1)) {
            String trimmed = assignment.strip();
            int eq = trimmed.indexOf('=');
            String name = (eq < 0 ? trimmed : trimmed.substring(0, eq)).strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException(option + ": empty assignment in '" + text
                        + "'; expected NAME=VALUE[,NAME=VALUE...] with NAME one of " + ChannelCatalog.names());
            }
            ParameterInfo info = ChannelCatalog.parameter(name).orElseThrow(() -> new IllegalArgumentException(
                    option + ": unknown conductance '" + name + "'; allowed: " + ChannelCatalog.names()));
            String allowed = "a number in [" + plain(info.min()) + ", " + plain(info.max()) + "] " + info.unit();
            String valueText = eq < 0 ? "" : trimmed.substring(eq + 1).strip();
            if (valueText.isEmpty()) {
                throw new IllegalArgumentException(option + " " + name + ": missing value; expected " + name + "=<" + allowed + ">");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException(option + " " + name + ": set twice; give each conductance once");
            }
            double value;
            try {
                value = Double.parseDouble(valueText);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " " + name + ": '" + valueText + "' is not a number; allowed: " + allowed);
            }
            if (!info.accepts(value)) {
                throw new IllegalArgumentException(option + " " + info.rangeMessage(value));
            }
            result = result.with(name, value);
        }
        return result;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
