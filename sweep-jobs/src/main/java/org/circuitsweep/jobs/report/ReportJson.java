package org.circuitsweep.jobs.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.circuitsweep.jobs.io.Manifest;
import org.circuitsweep.jobs.report.ReportData.ClassCount;
import org.circuitsweep.jobs.report.ReportData.Combination;
import org.circuitsweep.jobs.report.ReportData.DensityMap;
import org.circuitsweep.jobs.report.ReportData.Example;
import org.circuitsweep.jobs.report.ReportData.FeatureSummary;
import org.circuitsweep.jobs.report.ReportData.Histogram;
import org.circuitsweep.jobs.report.ReportData.TagCount;

/**
 * {@code report.json}: every number the page shows or draws, so that scripts (and the tests) can
 * read them without parsing HTML or pixels. Traces are left out: they are drawn, not measured.
 */
final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    static void write(ReportData d, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        Manifest m = d.provenance().manifest();
        root.put("sweep_id", m.sweepId());
        root.put("name", m.name());
        root.put("total", d.total());
        ArrayNode classes = root.putArray("classes");
        for (ClassCount c : d.classes()) {
            classes.addObject().put("class", c.label()).put("models", c.models()).put("fraction", c.fraction(d.total()));
        }
        ArrayNode parameters = root.putArray("parameters");
        d.parameters().forEach(b -> parameters.add(b.column()));
        ObjectNode fixed = root.putObject("fixed");
        d.fixed().forEach(fixed::put);
        ArrayNode histograms = root.putArray("histograms");
        for (Histogram h : d.histograms()) {
            histograms.add(histogram(h));
        }
        ArrayNode maps = root.putArray("maps");
        for (DensityMap map : d.maps()) {
            ObjectNode n = maps.addObject().put("class", map.group()).put("total", map.total());
            n.set("x", binning(map.x()));
            n.set("y", binning(map.y()));
            ArrayNode rows = n.putArray("counts");
            for (long[] row : map.counts()) {
                ArrayNode r = rows.addArray();
                for (long c : row) {
                    r.add(c);
                }
            }
        }
        ObjectNode features = root.putObject("features").put("class", d.featureClass());
        ArrayNode summaries = features.putArray("summaries");
        for (FeatureSummary f : d.features()) {
            summaries.addObject().put("feature", f.feature()).put("n", f.n()).put("min", f.min()).put("p05", f.p05())
                    .put("median", f.median()).put("p95", f.p95()).put("max", f.max())
                    .set("histogram", histogram(f.histogram()));
        }
        if (d.combinations() != null) {
            ObjectNode combinations = root.putObject("neuron_combinations").put("count", d.combinations().count());
            ArrayNode top = combinations.putArray("top");
            for (Combination c : d.combinations().top()) {
                top.addObject().put("abpd_neuron", c.abpd()).put("lp_neuron", c.lp()).put("py_neuron", c.py())
                        .put("networks", c.networks()).put("pyloric", c.pyloric()).put("pyloric_like", c.pyloricLike());
            }
        }
        ArrayNode tags = root.putArray("tags");
        for (TagCount t : d.tags()) {
            ObjectNode byClass = tags.addObject().put("tag", t.tag()).put("total", t.total()).putObject("by_class");
            t.byClass().forEach(byClass::put);
        }
        ArrayNode examples = root.putArray("examples");
        for (Example e : d.examples()) {
            ObjectNode n = examples.addObject().put("class", e.group()).put("variant", e.variant())
                    .put("resimulated_class", e.resimulatedClass());
            n.set("description", JSON.valueToTree(e.description()));
            n.putArray("window_ms").add(e.windowStartMs()).add(e.windowEndMs());
        }
        root.set("provenance", provenance(d.provenance()));
        JSON.writeValue(file.toFile(), root);
    }

    /** A histogram's binning as JSON, shared by the sweep and experiment reports. */
    static ObjectNode binning(Binning b) {
        ObjectNode n = JSON.createObjectNode().put("column", b.column()).put("scale", b.scale().name().toLowerCase(Locale.ROOT))
                .put("bins", b.bins());
        if (b.scale() == Binning.Scale.VALUES) {
            ArrayNode values = n.putArray("values");
            for (double v : b.values()) {
                values.add(v);
            }
        } else {
            n.put("lo", b.lo()).put("width", b.width());
        }
        return n;
    }

    private static ObjectNode histogram(Histogram h) {
        ObjectNode n = JSON.createObjectNode().put("class", h.group()).put("column", h.binning().column())
                .put("total", h.total());
        n.set("binning", binning(h.binning()));
        ArrayNode labels = n.putArray("bins");
        ArrayNode counts = n.putArray("counts");
        for (int k = 0; k < h.counts().length; k++) {
            labels.add(h.binning().label(k));
            counts.add(h.counts()[k]);
        }
        return n;
    }

    private static ObjectNode provenance(ReportData.Provenance p) {
        Manifest m = p.manifest();
        ObjectNode n = JSON.createObjectNode().put("spec_hash", m.specHash()).put("engine_version", m.engineVersion())
                .put("variant_count", m.variantCount()).put("chunk_size", m.chunkSize()).put("chunk_count", m.chunkCount())
                .put("created_at", m.createdAt().toString()).put("report_version", p.reportVersion());
        ObjectNode sweeps = n.putObject("sweeps");
        for (Map.Entry<String, Object> e : p.sweepsRow().entrySet()) {
            if (!e.getKey().equals("spec_text")) { // the spec is stored with the output already
                sweeps.set(e.getKey(), JSON.valueToTree(e.getValue() instanceof java.time.Instant i ? i.toString() : e.getValue()));
            }
        }
        return n;
    }
}
