package org.circuitsweep.jobs.spec;

import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.circuitsweep.jobs.io.TableSchemas;
import org.circuitsweep.jobs.io.TagDefinition;
import org.circuitsweep.jobs.tag.TagException;
import org.circuitsweep.jobs.tag.TagRules;

/**
 * Reads the optional {@code tags:} mapping, name → Spark SQL condition, in the order written.
 * Names and syntax are checked here, without Spark, and the names against the columns of the
 * spec's models table; whether the expression's columns exist and its result is boolean is checked
 * with Spark's analyzer when a run starts ({@link org.circuitsweep.jobs.tag.Tagger#analyse}).
 */
final class TagSection {

    private TagSection() {
    }

    /** The tags, their names and syntax checked. */
    static List<TagDefinition> read(Field tags) {
        List<TagDefinition> out = new ArrayList<>();
        if (!tags.present()) {
            return out;
        }
        for (String name : tags.names()) {
            Field field = tags.child(name);
            String expression = field.text();
            try {
                TagRules.checkName(name);
                TagRules.parse(name, expression);
            } catch (TagException e) {
                throw field.error(e.problem());
            }
            for (TagDefinition earlier : out) {
                if (earlier.name().equalsIgnoreCase(name)) {
                    throw field.error("clashes with tag " + earlier.name() + ": SQL names ignore case");
                }
            }
            out.add(new TagDefinition(name, expression, TagDefinition.Source.SPEC));
        }
        return out;
    }

    /** Refuses a tag named like a column of the spec's models table (its parameters, built-in tags, ...). */
    static void requireNoColumnNames(Field root, SweepSpec spec) {
        if (spec.tags().isEmpty()) {
            return;
        }
        Schema models;
        try {
            models = spec.modelsSchema();
        } catch (IllegalArgumentException e) { // as SweepJob.prepare reports a table that cannot be built
            throw root.child(spec.circuit() != null ? "circuit" : "parameters").error(e.getMessage());
        }
        for (TagDefinition t : spec.tags()) {
            try {
                TagRules.requireNotAColumn(t.name(), models.getFields().stream().map(Schema.Field::name).toList(),
                        TableSchemas.builtInTags(models));
            } catch (TagException e) {
                throw root.child("tags").child(t.name()).error(e.problem());
            }
        }
    }
}
