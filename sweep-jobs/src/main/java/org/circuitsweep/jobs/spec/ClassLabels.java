package org.circuitsweep.jobs.spec;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.circuitsweep.engine.classify.ActivityClass;
import org.circuitsweep.engine.classify.NetworkClass;
import org.circuitsweep.engine.classify.NetworkClassifier;
import org.circuitsweep.engine.model.Cell;

/**
 * The classes a variant of a spec can get: the single-neuron classes, or the network classes that
 * {@link NetworkClassifier} gives the pyloric template (cells ABPD, LP, PY) or any other circuit.
 * Listing only the possible ones keeps the progress line and the run's class table short.
 */
final class ClassLabels {

    private static final List<NetworkClass> PYLORIC = List.of(NetworkClass.PYLORIC, NetworkClass.PYLORIC_LIKE,
            NetworkClass.TRIPHASIC_WRONG_ORDER, NetworkClass.NON_TRIPHASIC);
    private static final List<NetworkClass> GENERIC = List.of(NetworkClass.ALTERNATING, NetworkClass.OVERLAPPING,
            NetworkClass.LOCKED_OTHER);
    private static final List<NetworkClass> EITHER = List.of(NetworkClass.IRREGULAR, NetworkClass.SILENT,
            NetworkClass.NUMERICAL_FAILURE);

    private ClassLabels() {
    }

    static List<String> of(SweepSpec spec) {
        return switch (spec.kind()) {
            case NEURON -> Arrays.stream(ActivityClass.values()).map(ActivityClass::label).toList();
            case PYLORIC -> network(true);
            case CIRCUIT -> network(NetworkClassifier.isPyloricTemplate(
                    spec.circuit().circuit().cells().stream().map(Cell::name).toList()));
        };
    }

    private static List<String> network(boolean pyloricTemplate) {
        return Stream.concat((pyloricTemplate ? PYLORIC : GENERIC).stream(), EITHER.stream()).map(NetworkClass::label)
                .toList();
    }
}
