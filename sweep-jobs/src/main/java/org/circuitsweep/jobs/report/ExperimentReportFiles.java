package org.circuitsweep.jobs.report;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.circuitsweep.jobs.io.ExperimentManifest;
import org.circuitsweep.jobs.report.ExperimentReportData.Histogram;
import org.circuitsweep.jobs.report.ExperimentReportData.Level;
import org.circuitsweep.jobs.report.ExperimentReportData.Robustness;
import org.circuitsweep.jobs.report.ExperimentReportData.Transition;

/**
 * The files of an experiment's report, flat in one directory: {@code index.html},
 * {@code report.json} (every number the page shows or draws) and the PNG images.
 */
public final class ExperimentReportFiles {

    static final String DOSE_RESPONSE = "dose-response.png";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExperimentReportFiles() {
    }

    static String robustness(int condition) {
        return "robust-fragile-" + condition + ".png";
    }

    /** Writes every file of the report of {@code d} into {@code dir}. */
    public static void write(ExperimentReportData d, Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        boolean dose = ExperimentCharts.doseResponse(d.levels(), ExperimentPage.conditionTexts(d), dir.resolve(DOSE_RESPONSE));
        if (!d.parameters().isEmpty()) {
            for (Robustness r : d.robustness()) {
                ExperimentCharts.robustFragile(d.histogramsOf(r.condition(), ExperimentReportData.ROBUST),
                        d.histogramsOf(r.condition(), ExperimentReportData.FRAGILE), d.parameters(),
                        dir.resolve(robustness(r.condition())));
            }
        }
        ExperimentPage.write(d, dose, dir.resolve(ReportFiles.PAGE));
        json(d, dir.resolve(ReportFiles.JSON));
    }

    private static void json(ExperimentReportData d, Path file) throws IOException {
        ExperimentManifest m = d.manifest();
        ObjectNode root = JSON.createObjectNode().put("experiment_id", m.experimentId()).put("name", m.name())
                .put("base_sweep_id", m.baseSweepId()).put("selected", m.selected()).put("levels", m.levels())
                .put("units", d.units());
        d.classOrder().forEach(root.putArray("classes")::add);
        ArrayNode conditions = root.putArray("conditions");
        for (int c = 0; c < m.perturbations().size(); c++) {
            ObjectNode n = conditions.addObject().put("condition", c).put("perturbation", m.perturbations().get(c));
            int condition = c;
            d.robustnessOf(c).ifPresent(r -> n.put("robust", r.robust()).put("fragile", r.fragile()));
            ArrayNode levels = n.putArray("levels");
            for (Level l : d.levelsOf(condition)) {
                ObjectNode level = levels.addObject().put("level_index", l.levelIndex()).put("perturbation", l.perturbation())
                        .put("kind", l.kind()).put("target", l.target());
                if (l.level() == null) {
                    level.putNull("level");
                } else {
                    level.put("level", l.level());
                }
                level.put("units", l.units()).put("kept", l.kept()).put("kept_share", l.keptShare());
            }
        }
        ArrayNode transitions = root.putArray("transitions");
        for (Transition t : d.transitions()) {
            transitions.addObject().put("condition", t.condition()).put("level_index", t.levelIndex())
                    .put("class_before", t.before()).put("class_after", t.after()).put("units", t.units());
        }
        ArrayNode parameters = root.putArray("parameters");
        for (Binning b : d.parameters()) {
            parameters.add(ReportJson.binning(b));
        }
        ObjectNode fixed = root.putObject("fixed");
        d.fixed().forEach(fixed::put);
        ArrayNode histograms = root.putArray("histograms");
        for (Histogram h : d.histograms()) {
            ObjectNode n = histograms.addObject().put("condition", h.condition()).put("group", h.group())
                    .put("column", h.binning().column()).put("total", h.total());
            ArrayNode labels = n.putArray("bins");
            ArrayNode counts = n.putArray("counts");
            for (int k = 0; k < h.counts().length; k++) {
                labels.add(h.binning().label(k));
                counts.add(h.counts()[k]);
            }
        }
        ObjectNode p = root.putObject("provenance").put("spec_hash", m.specHash()).put("base_spec_hash", m.baseSpecHash())
                .put("base_location", m.baseLocation()).put("selection_sha256", m.selectionSha256())
                .put("unit_count", m.unitCount()).put("chunk_size", m.chunkSize()).put("chunk_count", m.chunkCount())
                .put("engine_version", m.engineVersion()).put("created_at", m.createdAt().toString())
                .put("report_version", d.reportVersion());
        m.perturbations().forEach(p.putArray("perturbations")::add);
        JSON.writeValue(file.toFile(), root);
    }
}
