package org.circuitsweep.jobs.spec;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a spec refers to outside its own text, as the driver found it: the circuit file's text and
 * the cells selected from other sweeps. Executors parse the spec text with these instead of
 * reading files or running queries themselves (they may see neither the files nor the base
 * sweeps), so every task builds exactly the variants the driver hashed. Serializable.
 *
 * @param circuitText the text of the spec's circuit file, or null to read it from the file system
 * @param selections  resolved selections by cell name (ABPD, LP, PY); a selected cell missing here
 *                    stays unresolved
 */
public record SpecInputs(String circuitText, Map<String, Selection> selections) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Nothing known yet: circuit files are read from the file system, selections are unresolved. */
    public static final SpecInputs NONE = new SpecInputs(null, Map.of());

    public SpecInputs {
        selections = Map.copyOf(selections);
    }

    /** These inputs with the selection of one more cell. */
    public SpecInputs withSelection(String cell, Selection selection) {
        Map<String, Selection> all = new LinkedHashMap<>(selections);
        all.put(cell, selection);
        return new SpecInputs(circuitText, all);
    }
}
