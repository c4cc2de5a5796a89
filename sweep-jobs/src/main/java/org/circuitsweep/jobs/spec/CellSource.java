package org.circuitsweep.jobs.spec;

import java.util.List;

import org.circuitsweep.engine.model.Prinz2004Pyloric;

/**
 * Where the candidate neurons of one cell of a prinz2004-pyloric spec come from. The cell's
 * dimension picks candidate i for value i, in the order of {@link #candidates()}.
 */
public sealed interface CellSource {

    /** The candidates; a selection must be resolved first. */
    List<Candidate> candidates();

    /** {@code neurons: [LP1, LP4]}: named P04 neurons, in the order written. */
    record Named(List<String> neurons) implements CellSource {
        public Named {
            neurons = List.copyOf(neurons);
        }

        @Override
        public List<Candidate> candidates() {
            return neurons.stream().map(n -> Candidate.named(n, Prinz2004Pyloric.neuron(n))).toList();
        }
    }

    /**
     * {@code from: DIR, where: CONDITION}: the rows of a neuron sweep's models table that the SQL
     * condition selects, by ascending variant.
     *
     * @param from      the base sweep's output directory, as written (relative to the working directory)
     * @param where     the Spark SQL condition over the base models table
     * @param selection what the driver found, or null until then
     */
    record Selected(String from, String where, Selection selection) implements CellSource {

        public boolean resolved() {
            return selection != null;
        }

        @Override
        public List<Candidate> candidates() {
            if (selection == null) {
                throw new IllegalStateException("the selection from " + from + " is not resolved yet");
            }
            return selection.candidates();
        }
    }
}
