package org.circuitsweep.jobs.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.circuitsweep.jobs.io.Manifest;
import org.circuitsweep.jobs.report.ReportData.ClassCount;
import org.circuitsweep.jobs.report.ReportData.Example;
import org.circuitsweep.jobs.report.ReportData.FeatureSummary;
import org.circuitsweep.jobs.report.ReportData.TagCount;

/**
 * {@code index.html}: one self-contained page (embedded CSS, no script, font or stylesheet from
 * elsewhere) that shows the tables and links the PNG files beside it, each with alt text that
 * states what the image shows.
 */
final class ReportPage {

    static final String CSS = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;background:#fff;margin:0}
            main{max-width:1200px;margin:0 auto;padding:16px 24px 48px}
            h1{margin:8px 0 4px}h2{border-bottom:1px solid #ddd;padding-bottom:4px;margin-top:36px}
            nav a{margin-right:14px}img{display:block;max-width:100%;height:auto;margin:8px 0}
            table{border-collapse:collapse;margin:8px 0}th,td{padding:3px 10px;border-bottom:1px solid #eee;text-align:left}
            td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
            pre{background:#f6f6f6;padding:10px;overflow:auto;font-size:13px}.note{color:#666}.warn{color:#a40}
            .swatch{display:inline-block;width:10px;height:10px;margin-right:6px}
            """;

    private final ReportData d;
    private final StringBuilder html = new StringBuilder();

    private ReportPage(ReportData d) {
        this.d = d;
    }

    static void write(ReportData d, Path file) throws IOException {
        Files.writeString(file, new ReportPage(d).render(), StandardCharsets.UTF_8);
    }

    private String render() {
        Manifest m = d.provenance().manifest();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Report: ").append(esc(m.name())).append("</title><style>\n").append(CSS).append("</style></head>\n")
                .append("<body><main>\n<h1>").append(esc(m.name())).append("</h1>\n<p>")
                .append(count(d.total())).append(" models of sweep <code>").append(esc(m.sweepId())).append("</code>")
                .append(d.total() < m.variantCount() ? " (" + count(m.variantCount()) + " planned: the sweep is not complete)" : "")
                .append(". Every count, histogram and map below was aggregated by Spark SQL over the models table; ")
                .append("the example traces were simulated again from the spec, the seed and the variant index.</p>\n")
                .append("<nav><a href=\"#classes\">Classes</a><a href=\"#parameters\">Parameters</a><a href=\"#maps\">Maps</a>")
                .append("<a href=\"#features\">Features</a><a href=\"#examples\">Examples</a><a href=\"#provenance\">Provenance</a></nav>\n");
        classes();
        combinations();
        tags();
        parameters();
        maps();
        features();
        examples();
        provenance();
        html.append("</main></body></html>\n");
        return html.toString();
    }

    private void classes() {
        section("classes", "Classes");
        image(ReportFiles.CLASSES, "Bar chart of models per class: " + d.classes().stream()
                .map(c -> c.label() + " " + count(c.models()) + " (" + percent(c.fraction(d.total())) + ")")
                .collect(Collectors.joining(", ")) + ".");
        html.append("<table id=\"class-counts\"><tr><th>class</th><th class=\"n\">models</th><th class=\"n\">fraction</th></tr>\n");
        for (ClassCount c : d.classes()) {
            html.append("<tr><td>").append(swatch(c.label())).append(esc(c.label())).append("</td><td class=\"n\">")
                    .append(count(c.models())).append("</td><td class=\"n\">").append(percent(c.fraction(d.total())))
                    .append("</td></tr>\n");
        }
        html.append("<tr><th>all</th><th class=\"n\">").append(count(d.total())).append("</th><th class=\"n\">100.0%</th></tr></table>\n");
    }

    private void combinations() {
        ReportData.Combinations c = d.combinations();
        if (c == null) {
            return;
        }
        html.append("<h3>Neuron combinations</h3>\n<p class=\"note\">Networks per (AB/PD, LP, PY) neuron combination, ")
                .append(c.top().size() < c.count() ? "the " + c.top().size() + " of " + count(c.count()) + " with most pyloric networks"
                        : "all " + count(c.count()) + ", most pyloric networks first").append(".</p>\n")
                .append("<table id=\"combinations\"><tr><th>AB/PD</th><th>LP</th><th>PY</th><th class=\"n\">networks</th>")
                .append("<th class=\"n\">pyloric</th><th class=\"n\">pyloric-like</th><th class=\"n\">pyloric fraction</th></tr>\n");
        for (ReportData.Combination k : c.top()) {
            html.append("<tr><td>").append(esc(k.abpd())).append("</td><td>").append(esc(k.lp())).append("</td><td>")
                    .append(esc(k.py())).append("</td><td class=\"n\">").append(count(k.networks()))
                    .append("</td><td class=\"n\">").append(count(k.pyloric())).append("</td><td class=\"n\">")
                    .append(count(k.pyloricLike())).append("</td><td class=\"n\">")
                    .append(percent((double) k.pyloric() / k.networks())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void tags() {
        if (d.tags().isEmpty()) {
            return;
        }
        html.append("<h3>Outcome tags</h3>\n<p class=\"note\">Models whose tag column is true, per class.</p>\n<table><tr><th>tag</th>");
        d.classes().forEach(c -> html.append("<th class=\"n\">").append(esc(c.label())).append("</th>"));
        html.append("<th class=\"n\">all</th></tr>\n");
        for (TagCount t : d.tags()) {
            html.append("<tr><td>").append(esc(t.tag())).append("</td>");
            t.byClass().values().forEach(n -> html.append("<td class=\"n\">").append(count(n)).append("</td>"));
            html.append("<td class=\"n\">").append(count(t.total())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void parameters() {
        section("parameters", "Parameters by class");
        html.append("<p class=\"note\">How each swept parameter is distributed over the models of each class, on the bins of ")
                .append("the spec's range (log10 bins for log-uniform parameters, one bar per value for grids).");
        if (!d.fixed().isEmpty()) {
            html.append(" Fixed: ").append(esc(d.fixed().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + " = " + Binning.format(e.getValue())).collect(Collectors.joining(", ")))).append('.');
        }
        html.append("</p>\n");
        if (d.parameters().isEmpty()) {
            html.append("<p>No parameter takes more than one value.</p>\n");
            return;
        }
        String names = d.parameters().stream().map(Binning::column).collect(Collectors.joining(", "));
        for (ClassCount c : d.presentClasses()) {
            html.append("<h3>").append(esc(c.label())).append("</h3>\n");
            image(ReportFiles.parameters(c.label()), "Histograms of " + names + " over the " + count(c.models()) + " "
                    + c.label() + " models, one panel per parameter.");
        }
    }

    private void maps() {
        section("maps", "Density maps");
        if (d.maps().isEmpty()) {
            html.append("<p>No pair of swept parameters to map.</p>\n");
            return;
        }
        d.maps().stream().map(m -> List.of(m.x().column(), m.y().column())).distinct().forEach(pair -> {
            String classes = d.maps().stream().filter(m -> m.x().column().equals(pair.get(0)) && m.y().column().equals(pair.get(1)))
                    .map(ReportData.DensityMap::group).collect(Collectors.joining(", "));
            html.append("<h3>").append(esc(pair.get(1))).append(" against ").append(esc(pair.get(0))).append("</h3>\n");
            image(ReportFiles.map(pair.get(0), pair.get(1)), "Heat maps of " + pair.get(1) + " against " + pair.get(0)
                    + ", one per class (" + classes + "); darker cells hold more models of the class.");
        });
    }

    private void features() {
        section("features", "Features of the " + d.featureClass() + " models");
        if (d.features().isEmpty()) {
            html.append("<p>No ").append(esc(d.featureClass())).append(" model, so no features to draw.</p>\n");
            return;
        }
        html.append("<table id=\"features-table\"><tr><th>feature</th><th class=\"n\">models</th><th class=\"n\">min</th>")
                .append("<th class=\"n\">5 %</th><th class=\"n\">median</th><th class=\"n\">95 %</th><th class=\"n\">max</th></tr>\n");
        for (FeatureSummary f : d.features()) {
            html.append("<tr><td>").append(esc(f.feature())).append("</td><td class=\"n\">").append(count(f.n())).append("</td>");
            for (double v : new double[] {f.min(), f.p05(), f.median(), f.p95(), f.max()}) {
                html.append("<td class=\"n\">").append(Binning.format(v)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n<p class=\"note\">Quantiles are Spark's percentile_approx.</p>\n");
        image(ReportFiles.features(d.featureClass()), "Histograms of " + d.features().stream().map(FeatureSummary::feature)
                .collect(Collectors.joining(", ")) + " over the " + d.featureClass() + " models.");
    }

    private void examples() {
        section("examples", "Example traces");
        html.append("<p class=\"note\">The models of smallest variant index in each class, simulated again on the ")
                .append("report's machine (traces are never stored), over their analysis window.</p>\n");
        if (d.examples().isEmpty()) {
            html.append("<p>No examples were asked for (--examples 0).</p>\n");
            return;
        }
        for (ClassCount c : d.presentClasses()) {
            List<Example> examples = d.examples().stream().filter(e -> e.group().equals(c.label())).toList();
            html.append("<h3>").append(esc(c.label())).append("</h3>\n");
            image(ReportFiles.traces(c.label()), "Voltage against time of " + c.label() + " variants "
                    + examples.stream().map(e -> Long.toString(e.variant())).collect(Collectors.joining(", "))
                    + ", one panel each" + (examples.get(0).cells().size() > 1 ? " with a strip per cell" : "")
                    + ", over the analysis window.");
            html.append("<table><tr><th class=\"n\">variant</th>");
            examples.get(0).description().keySet().forEach(n -> html.append("<th class=\"n\">").append(esc(n)).append("</th>"));
            html.append("<th>simulated again</th></tr>\n");
            for (Example e : examples) {
                html.append("<tr><td class=\"n\">").append(e.variant()).append("</td>");
                for (Object v : e.description().values()) {
                    html.append("<td class=\"n\">").append(v instanceof Double x ? Binning.format(x) : esc(String.valueOf(v)))
                            .append("</td>");
                }
                boolean same = e.resimulatedClass().equals(e.group());
                html.append(same ? "<td>" : "<td class=\"warn\">").append(esc(e.resimulatedClass()))
                        .append(same ? "" : " (stored: " + esc(e.group()) + ")").append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
    }

    private void provenance() {
        ReportData.Provenance p = d.provenance();
        Manifest m = p.manifest();
        section("provenance", "Provenance");
        html.append("<table id=\"provenance-table\">\n");
        row("sweep id", m.sweepId());
        row("spec hash", m.specHash());
        row("engine version", m.engineVersion());
        Map<String, Object> s = p.sweepsRow();
        if (s.isEmpty()) {
            row("sweeps row", "none: no run or resume of this output has finished");
        } else {
            row("method", s.get("method"));
            row("seed", s.get("seed"));
            row("variants", count((Long) s.get("variants_done")) + " done of " + count((Long) s.get("variant_count")));
            row("chunks", s.get("chunk_count") + " of " + s.get("chunk_size") + " variants");
            row("class counts (sweeps table)", s.get("class_counts"));
            row("created", s.get("created_at"));
            row("last run", s.get("started_at") + " to " + s.get("finished_at") + ", " + count((Long) s.get("variants_run"))
                    + " variants in " + duration((Long) s.get("run_time_ms")));
        }
        row("report made with", "circuit-sweep " + p.reportVersion());
        html.append("</table>\n");
        if (!p.reportVersion().equals(m.engineVersion())) {
            html.append("<p class=\"warn\">The examples were simulated by circuit-sweep ").append(esc(p.reportVersion()))
                    .append(", the sweep by ").append(esc(m.engineVersion())).append("; their traces may differ.</p>\n");
        }
        html.append("<h3>Spec</h3>\n<pre>").append(esc(p.specText())).append("</pre>\n");
    }

    private void section(String id, String title) {
        html.append("<h2 id=\"").append(id).append("\">").append(esc(title)).append("</h2>\n");
    }

    private void image(String file, String alt) {
        html.append("<img src=\"").append(esc(file)).append("\" alt=\"").append(esc(alt)).append("\">\n");
    }

    private void row(String key, Object value) {
        html.append("<tr><th>").append(esc(key)).append("</th><td>").append(esc(String.valueOf(value))).append("</td></tr>\n");
    }

    private static String swatch(String label) {
        return "<span class=\"swatch\" style=\"background:#"
                + String.format("%06x", ReportCharts.colour(label).getRGB() & 0xffffff) + "\"></span>";
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String percent(double f) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * f);
    }

    private static String duration(long ms) {
        Duration t = Duration.ofMillis(ms);
        return t.toHours() > 0 ? String.format(Locale.ROOT, "%d h %02d min", t.toHours(), t.toMinutesPart())
                : String.format(Locale.ROOT, "%d min %02d s", t.toMinutes(), t.toSecondsPart());
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
