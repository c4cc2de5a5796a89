package org.circuitsweep.jobs.report;

import static org.circuitsweep.jobs.report.ReportPage.count;
import static org.circuitsweep.jobs.report.ReportPage.esc;
import static org.circuitsweep.jobs.report.ReportPage.percent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.circuitsweep.jobs.io.ExperimentManifest;
import org.circuitsweep.jobs.report.ExperimentReportData.Level;
import org.circuitsweep.jobs.report.ExperimentReportData.Robustness;
import org.circuitsweep.jobs.report.ExperimentReportData.Transition;

/**
 * {@code index.html} of an experiment: one self-contained page (the sweep report's stylesheet, no
 * script) with the kept share of every level, the dose-response chart, the class transition
 * matrices, the parameters of robust and fragile variants and the provenance.
 */
final class ExperimentPage {

    private final ExperimentReportData d;
    private final boolean doseResponse;
    private final StringBuilder html = new StringBuilder();

    private ExperimentPage(ExperimentReportData d, boolean doseResponse) {
        this.d = d;
        this.doseResponse = doseResponse;
    }

    static void write(ExperimentReportData d, boolean doseResponse, Path file) throws IOException {
        Files.writeString(file, new ExperimentPage(d, doseResponse).render(), StandardCharsets.UTF_8);
    }

    private String render() {
        ExperimentManifest m = d.manifest();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Experiment: ").append(esc(m.name())).append("</title><style>\n").append(ReportPage.CSS)
                .append(".matrix{display:inline-block;vertical-align:top;margin:0 28px 12px 0}\n</style></head>\n")
                .append("<body><main>\n<h1>").append(esc(m.name())).append("</h1>\n<p>")
                .append(count(d.units())).append(" units of experiment <code>").append(esc(m.experimentId()))
                .append("</code>: ").append(count(m.selected())).append(" variants of sweep <code>")
                .append(esc(m.baseSweepId())).append("</code> × ").append(m.levels()).append(" perturbation levels")
                .append(d.units() < m.unitCount() ? " (" + count(m.unitCount()) + " planned: the experiment is not complete)" : "")
                .append(". A unit <em>keeps</em> its behaviour when its class after the perturbation is its class before; ")
                .append("a variant is <em>robust</em> under a condition when it keeps it at every level. Every number ")
                .append("below was aggregated by Spark SQL over the experiments and selection tables.</p>\n")
                .append("<nav><a href=\"#levels\">Levels</a><a href=\"#dose-response\">Dose-response</a>")
                .append("<a href=\"#transitions\">Transitions</a><a href=\"#robustness\">Robust and fragile</a>")
                .append("<a href=\"#provenance\">Provenance</a></nav>\n");
        levels();
        doseResponse();
        transitions();
        robustness();
        provenance();
        html.append("</main></body></html>\n");
        return html.toString();
    }

    private void levels() {
        section("levels", "Levels");
        html.append("<table id=\"levels-table\"><tr><th class=\"n\">condition</th><th>perturbation</th><th>kind</th>")
                .append("<th>target</th><th class=\"n\">level</th><th class=\"n\">units</th><th class=\"n\">kept</th>")
                .append("<th class=\"n\">kept share</th></tr>\n");
        for (Level l : d.levels()) {
            html.append("<tr><td class=\"n\">").append(l.condition()).append("</td><td><code>").append(esc(l.perturbation()))
                    .append("</code></td><td>").append(esc(l.kind())).append("</td><td>")
                    .append(l.target() == null ? "" : esc(l.target())).append("</td><td class=\"n\">")
                    .append(l.level() == null ? "" : Binning.format(l.level())).append("</td><td class=\"n\">")
                    .append(count(l.units())).append("</td><td class=\"n\">").append(count(l.kept()))
                    .append("</td><td class=\"n\">").append(percent(l.keptShare())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void doseResponse() {
        section("dose-response", "Dose-response");
        if (!doseResponse) {
            html.append("<p>No perturbation has a numeric level.</p>\n");
            return;
        }
        String lines = d.levels().stream().filter(l -> l.level() != null).map(Level::condition).distinct()
                .map(c -> "[" + c + "] " + text(c) + ": " + d.levelsOf(c).stream()
                        .map(l -> Binning.format(l.level()) + " " + percent(l.keptShare())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        html.append("<img src=\"").append(ExperimentReportFiles.DOSE_RESPONSE).append("\" alt=\"")
                .append(esc("Share of units that keep their class against the level, one line per condition: " + lines + "."))
                .append("\">\n");
    }

    private void transitions() {
        section("transitions", "Class transitions");
        html.append("<p class=\"note\">Units per class before (rows) and after (columns) the perturbation, one matrix ")
                .append("per level; the diagonal keeps its class.</p>\n");
        for (int c = 0; c < d.manifest().perturbations().size(); c++) {
            html.append("<h3>[").append(c).append("] <code>").append(esc(text(c))).append("</code></h3>\n");
            for (Level l : d.levelsOf(c)) {
                List<Transition> ts = d.transitionsOf(c, l.levelIndex());
                Set<String> before = new LinkedHashSet<>();
                Set<String> after = new LinkedHashSet<>();
                d.classOrder().forEach(k -> {
                    if (ts.stream().anyMatch(t -> t.before().equals(k))) {
                        before.add(k);
                    }
                    if (ts.stream().anyMatch(t -> t.after().equals(k))) {
                        after.add(k);
                    }
                });
                html.append("<div class=\"matrix\"><table class=\"transitions\" data-condition=\"").append(c)
                        .append("\" data-level=\"").append(l.levelIndex()).append("\"><caption><code>")
                        .append(esc(l.perturbation())).append("</code></caption><tr><th>before \\ after</th>");
                after.forEach(k -> html.append("<th class=\"n\">").append(esc(k)).append("</th>"));
                html.append("</tr>\n");
                for (String b : before) {
                    html.append("<tr><th>").append(esc(b)).append("</th>");
                    for (String a : after) {
                        long n = ts.stream().filter(t -> t.before().equals(b) && t.after().equals(a))
                                .mapToLong(Transition::units).sum();
                        html.append("<td class=\"n\">").append(n == 0 ? "" : count(n)).append("</td>");
                    }
                    html.append("</tr>\n");
                }
                html.append("</table></div>\n");
            }
        }
    }

    private void robustness() {
        section("robustness", "Parameters of robust and fragile variants");
        html.append("<p class=\"note\">Per condition, the variants that keep their class at every level (robust) and the ")
                .append("others (fragile); each histogram is the fraction of its group per bin of the base's swept ")
                .append("parameter (one bin per value for a grid).");
        if (!d.fixed().isEmpty()) {
            html.append(" Fixed in the selection: ").append(esc(d.fixed().entrySet().stream()
                    .map(e -> e.getKey() + " = " + (e.getValue() == null ? "null" : Binning.format(e.getValue())))
                    .collect(Collectors.joining(", ")))).append('.');
        }
        html.append("</p>\n<table id=\"robustness-table\"><tr><th class=\"n\">condition</th><th>perturbation</th>")
                .append("<th class=\"n\">robust</th><th class=\"n\">fragile</th><th class=\"n\">robust share</th></tr>\n");
        for (Robustness r : d.robustness()) {
            html.append("<tr><td class=\"n\">").append(r.condition()).append("</td><td><code>").append(esc(text(r.condition())))
                    .append("</code></td><td class=\"n\">").append(count(r.robust())).append("</td><td class=\"n\">")
                    .append(count(r.fragile())).append("</td><td class=\"n\">")
                    .append(percent((double) r.robust() / Math.max(1, r.robust() + r.fragile()))).append("</td></tr>\n");
        }
        html.append("</table>\n");
        if (d.parameters().isEmpty()) {
            html.append("<p>No parameter takes more than one value in the selection.</p>\n");
            return;
        }
        String names = d.parameters().stream().map(Binning::column).collect(Collectors.joining(", "));
        for (Robustness r : d.robustness()) {
            html.append("<h3>[").append(r.condition()).append("] <code>").append(esc(text(r.condition()))).append("</code></h3>\n")
                    .append("<img src=\"").append(ExperimentReportFiles.robustness(r.condition())).append("\" alt=\"")
                    .append(esc("Histograms of " + names + " for the " + r.robust() + " robust variants (green) and the "
                            + r.fragile() + " fragile variants (red) under " + text(r.condition())
                            + ", as fractions of each group."))
                    .append("\">\n");
        }
    }

    private void provenance() {
        ExperimentManifest m = d.manifest();
        section("provenance", "Provenance");
        html.append("<table id=\"provenance-table\">\n");
        row("experiment id", m.experimentId());
        row("spec hash", m.specHash());
        row("base sweep", m.baseSweepId() + " (spec hash " + m.baseSpecHash() + ")");
        row("base location", m.baseLocation());
        row("selected variants", count(m.selected()) + " (selection SHA-256 " + m.selectionSha256() + ")");
        row("perturbations", String.join("  |  ", m.perturbations()));
        row("units", count(d.units()) + " done of " + count(m.unitCount()) + " (" + m.levels() + " levels)");
        row("chunks", m.chunkCount() + " of " + m.chunkSize() + " units");
        row("engine version", m.engineVersion());
        row("created", m.createdAt());
        row("report made with", "circuit-sweep " + d.reportVersion());
        html.append("</table>\n<h3>Spec</h3>\n<pre>").append(esc(d.specText())).append("</pre>\n");
    }

    private String text(int condition) {
        return d.manifest().perturbations().get(condition);
    }

    private void section(String id, String title) {
        html.append("<h2 id=\"").append(id).append("\">").append(esc(title)).append("</h2>\n");
    }

    private void row(String key, Object value) {
        html.append("<tr><th>").append(esc(key)).append("</th><td>").append(esc(String.valueOf(value))).append("</td></tr>\n");
    }

    /** Condition → its perturbation text, for the chart legend. */
    static Map<Integer, String> conditionTexts(ExperimentReportData d) {
        Map<Integer, String> texts = new java.util.LinkedHashMap<>();
        for (int c = 0; c < d.manifest().perturbations().size(); c++) {
            texts.put(c, d.manifest().perturbations().get(c));
        }
        return texts;
    }
}
