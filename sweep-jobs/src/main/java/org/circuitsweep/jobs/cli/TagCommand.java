package org.circuitsweep.jobs.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.avro.Schema;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.circuitsweep.jobs.io.Manifest;
import org.circuitsweep.jobs.io.SparkSchemas;
import org.circuitsweep.jobs.io.SweepOutput;
import org.circuitsweep.jobs.io.TableSchemas;
import org.circuitsweep.jobs.io.TagDefinition;
import org.circuitsweep.jobs.plan.SweepPlan;
import org.circuitsweep.jobs.spec.SpecLoader;
import org.circuitsweep.jobs.tag.TagException;
import org.circuitsweep.jobs.tag.TagRules;
import org.circuitsweep.jobs.tag.Tagger;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code sweep tag DIR NAME EXPR [--replace]} adds or replaces a user tag of a finished sweep
 * without simulating anything; {@code sweep tag DIR --list} lists every tag with its definition
 * and the models for which it is true. Every refusal happens before anything is written.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Add a user tag to a sweep output, replace one (--replace), or list the tags (--list).",
                "A tag is a Spark SQL condition on the columns of models, such as \"class = 'bursting' AND "
                        + "period_ms > 1000\"; it becomes a boolean column of the models and tags views of query. "
                        + "The models files are never rewritten: tags are stored in DIR/tags/."})
final class TagCommand extends SparkCommand {

    @Parameters(index = "0", paramLabel = "DIR", description = "A sweep output directory or URI.")
    private String dir;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME",
            description = "The tag's name: a letter or '_', then letters, digits, '_'; not a column of models.")
    private String name;

    @Parameters(index = "2", arity = "0..1", paramLabel = "EXPR",
            description = "A Spark SQL condition on a models row; NULL counts as false, as in WHERE.")
    private String expression;

    @Option(names = "--replace", description = "Replace the expression of an existing tag added earlier.")
    private boolean replace;

    @Option(names = "--list", description = "List the tags with their definitions and counts instead.")
    private boolean list;

    private SweepOutput output;
    private Manifest manifest;
    /** The models table as its chunks were written: columns, built-in tags and their docs. */
    private Schema models;
    private List<TagDefinition> specTags;
    private TagDefinition tag;

    @Override
    protected void prepare(Configuration hadoopConf) {
        if (list && (name != null || replace)) {
            throw new ParameterException(spec().commandLine(), "--list: takes DIR only");
        }
        if (!list && expression == null) {
            throw new ParameterException(spec().commandLine(), "missing NAME and EXPR (or --list)");
        }
        output = SweepOutput.at(dir, hadoopConf);
        manifest = output.requireManifest();
        specTags = SpecLoader.tags(output.readSpec(), output + "/" + SweepOutput.SPEC);
        models = output.storedModelsSchema(new SweepPlan(manifest.variantCount(), manifest.chunkSize()));
        if (!list) {
            tag = checkedTag();
        }
    }

    /** The new tag, after every check that needs no Spark. */
    private TagDefinition checkedTag() {
        TagRules.checkName(name);
        TagRules.requireNotAColumn(name, models.getFields().stream().map(Schema.Field::name).toList(),
                TableSchemas.builtInTags(models));
        TagRules.parse(name, expression);
        Optional<TagDefinition> existing = existing(output.tagTable().definitions(specTags));
        if (existing.isPresent() && existing.get().source() == TagDefinition.Source.SPEC) {
            throw new TagException(name, "is defined in the spec (" + existing.get().expression()
                    + "), which the sweep's spec hash covers; choose another name");
        }
        if (existing.isPresent() && !replace) {
            throw new TagException(name, "exists (" + existing.get().expression() + "); add --replace to replace it");
        }
        if (existing.isEmpty() && replace) {
            throw new TagException(name, "is not a tag of " + output + "; leave out --replace to add it");
        }
        return new TagDefinition(name, expression, TagDefinition.Source.ADDED);
    }

    private Optional<TagDefinition> existing(List<TagDefinition> tags) {
        return tags.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    @Override
    protected String name() {
        return "tag " + manifest.name();
    }

    @Override
    protected int run(SparkSession spark) {
        Tagger tagger = new Tagger(spark, output, specTags);
        if (list) {
            printList(tagger);
            return 0;
        }
        Tagger.analyse(spark, SparkSchemas.of(models), List.of(tag));
        List<TagDefinition> tags = new ArrayList<>(tagger.definitions());
        existing(tags).ifPresentOrElse(old -> tags.set(tags.indexOf(old), tag), () -> tags.add(tag));
        tagger.write(tags);
        Tagger.Counts counts = tagger.count();
        output.replaceTagCounts(counts.tags());
        long total = counts.classes().values().stream().mapToLong(Long::longValue).sum();
        out().printf("tag %s %s: true for %d of %d models%n", tag.name(), replace ? "replaced" : "added",
                counts.tags().get(tag.name()), total);
        out().flush();
        return 0;
    }

    private void printList(Tagger tagger) {
        Map<String, Long> counts = tagger.count().tags();
        List<List<String>> rows = new ArrayList<>();
        for (String builtIn : TableSchemas.builtInTags(models)) {
            rows.add(List.of(builtIn, "built-in", String.valueOf(counts.get(builtIn)),
                    TableSchemas.builtInTagMeaning(models, builtIn)));
        }
        for (TagDefinition t : tagger.definitions()) {
            rows.add(List.of(t.name(), t.source().label(), String.valueOf(counts.get(t.name())), t.expression()));
        }
        TextTable.print(out(), List.of("tag", "kind", "models", "definition"), List.of(false, false, true, false), rows);
        out().flush();
    }
}
