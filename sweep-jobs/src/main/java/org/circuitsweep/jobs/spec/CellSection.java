package org.circuitsweep.jobs.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.execution.SparkSqlParser;
import org.circuitsweep.engine.model.Prinz2004Pyloric;

/**
 * Reads the {@code cells:} mapping of a prinz2004-pyloric spec: for each of ABPD, LP and PY either
 * a list of named P04 neurons or a selection from a neuron sweep. A selection's condition is
 * checked here for SQL syntax only; whether its directory is a complete neuron sweep and its
 * columns exist is checked by the driver, which runs it.
 */
final class CellSection {

    static final List<String> KEYS = List.of("neurons", "from", "where");

    private CellSection() {
    }

    /** The three cells in template order; a selection is taken from {@code selections} when the driver has resolved it. */
    static List<CellSource> read(Field cells, Map<String, Selection> selections) {
        String expected = "required with model " + Prinz2004Pyloric.TEMPLATE + ": a mapping of "
                + String.join(", ", Prinz2004Pyloric.CELL_NAMES) + " to {neurons: [...]} or {from: DIR, where: CONDITION}";
        cells.required(expected).keys("cell", Prinz2004Pyloric.CELL_NAMES);
        List<CellSource> sources = new ArrayList<>();
        for (int cell = 0; cell < Prinz2004Pyloric.CELL_NAMES.size(); cell++) {
            String name = Prinz2004Pyloric.CELL_NAMES.get(cell);
            Field field = cells.child(name);
            if (!field.present()) {
                throw field.error("missing; every cell needs {neurons: [...]} or {from: DIR, where: CONDITION}");
            }
            sources.add(source(field, cell, selections.get(name)));
        }
        return List.copyOf(sources);
    }

    private static CellSource source(Field field, int cell, Selection selection) {
        List<String> keys = field.keys(KEYS);
        if (keys.contains("neurons") == (keys.contains("from") || keys.contains("where"))) {
            throw field.error("give either neurons: [...] or from: DIR with where: CONDITION");
        }
        if (keys.contains("neurons")) {
            return new CellSource.Named(neurons(field.child("neurons"), cell));
        }
        String from = nonBlank(field.child("from").required("required with where: a neuron sweep's output directory"));
        Field whereField = field.child("where").required("required with from: a Spark SQL condition over its "
                + "models table, such as \"class = 'bursting' AND period_ms BETWEEN 1000 AND 2000\"");
        String where = nonBlank(whereField);
        requireSqlCondition(whereField, where);
        return new CellSource.Selected(from, where, selection);
    }

    private static List<String> neurons(Field field, int cell) {
        String cellName = Prinz2004Pyloric.CELL_NAMES.get(cell);
        List<String> allowed = Prinz2004Pyloric.neuronsFor(cell);
        String allowedText = "allowed for " + cellName + ": " + String.join(", ", allowed);
        List<Field> elements = field.elements();
        if (elements.isEmpty()) {
            throw field.error("empty; give at least one neuron; " + allowedText);
        }
        List<String> neurons = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            Field element = elements.get(i);
            String neuron = element.text();
            if (!allowed.contains(neuron)) {
                String owner = owner(neuron);
                throw element.error((owner == null ? "unknown neuron '" + neuron + "'"
                        : neuron + " is a neuron of cell " + owner) + "; " + allowedText);
            }
            Integer earlier = firstIndex.putIfAbsent(neuron, i);
            if (earlier != null) {
                throw element.error("duplicate neuron " + neuron + " (also at index " + earlier + ")");
            }
            neurons.add(neuron);
        }
        return neurons;
    }

    /** The cell a P04 neuron name belongs to, or null for a name that is not one. */
    private static String owner(String neuron) {
        for (int cell = 0; cell < Prinz2004Pyloric.CELL_NAMES.size(); cell++) {
            if (Prinz2004Pyloric.neuronsFor(cell).contains(neuron)) {
                return Prinz2004Pyloric.CELL_NAMES.get(cell);
            }
        }
        return null;
    }

    private static String nonBlank(Field field) {
        String text = field.text();
        if (text.isBlank()) {
            throw field.error("blank; expected text");
        }
        return text;
    }

    /** Spark's own expression parser, so that what passes here is what the driver's query will parse. */
    private static void requireSqlCondition(Field field, String where) {
        try {
            new SparkSqlParser().parseExpression(where);
        } catch (Exception e) { // Scala does not declare the checked ParseException
            if (!(e instanceof ParseException)) {
                throw e;
            }
            throw field.error("not a valid SQL condition: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }
}
