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
 * Names and syntax are checked here, without Spark; whether the columns exist and the result is
 * boolean is checked with Spark's analyzer when a run starts ({@link org.circuitsweep.jobs.tag.Tagger#analyse}).
 */
final class TagSection {

    private TagSection() {
    }

    static List<TagDefinition> read(Field tags, List<String> parameterNames) {
        List<TagDefinition> out = new ArrayList<>();
        if (!tags.present()) {
            return out;
        }
        List<String> columns = TableSchemas.models(parameterNames).getFields().stream().map(Schema.Field::name).toList();
        for (String name : tags.names()) {
            Field field = tags.child(name);
            String expression = field.text();
            try {
                TagRules.checkName(name, columns);
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
}
