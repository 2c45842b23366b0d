package dev.khabar.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.khabar.answer.Citation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Writes a report as {@code report.json}, {@code report.md} and a self-contained {@code report.html}. */
public final class ReportWriter {

    /** The metrics shown in tables and charts, with their labels; all are shares from 0 to 1. */
    private static final Map<String, String> SHARES = new java.util.LinkedHashMap<>();

    static {
        SHARES.put("hit_at_1", "hit@1");
        SHARES.put("hit_at_5", "hit@5");
        SHARES.put("mrr_at_10", "MRR@10");
        SHARES.put("doc_recall_at_5", "doc recall@5");
        SHARES.put("fact_coverage", "fact coverage");
        SHARES.put("grounded_rate", "grounded (answerable)");
        SHARES.put("refusal_accuracy", "refusal accuracy");
        SHARES.put("citation_validity", "citation validity");
        SHARES.put("citation_precision", "citation precision");
    }

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(Report report, Path folder) throws IOException {
        Files.createDirectories(folder);
        json.writeValue(folder.resolve("report.json").toFile(), report);
        Files.writeString(folder.resolve("report.md"), markdown(report), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("report.html"), html(report), StandardCharsets.UTF_8);
    }

    String markdown(Report r) {
        StringBuilder md = new StringBuilder();
        md.append("# Khabar evaluation: ").append(r.questionSet()).append("\n\n");
        md.append("Target: ").append(r.target()).append(" · finished ").append(r.finishedAt()).append("\n\n");
        md.append(summaryTable(r)).append('\n');
        if (r.violations().isEmpty()) {
            md.append("All thresholds met.\n\n");
        } else {
            md.append("Thresholds violated:\n\n");
            r.violations().forEach(v -> md.append("- ").append(v).append('\n'));
            md.append('\n');
        }
        md.append("| id | lang | pass | rank | coverage | grounded | question |\n|---|---|---|---|---|---|---|\n");
        for (QuestionResult q : r.questions()) {
            md.append("| ").append(q.id()).append(" | ").append(q.lang()).append(" | ")
                    .append(q.passed() ? "✓" : "✗").append(" | ")
                    .append(q.answerable() ? (q.answerBearingRank() < 0 ? "–" : q.answerBearingRank() + 1) : "n/a")
                    .append(" | ").append(q.factCoverage() == null ? "n/a" : fmt(q.factCoverage())).append(" | ")
                    .append(q.grounded()).append(" | ").append(q.question().replace("|", "\\|")).append(" |\n");
        }
        return md.toString();
    }

    /** The metrics table: all questions, then one row per language. */
    String summaryTable(Report r) {
        StringBuilder md = new StringBuilder();
        md.append("| | questions | ").append(String.join(" | ", SHARES.values()))
                .append(" | wrongly refused | p50 ms | p95 ms |\n|---|---|");
        md.append("---|".repeat(SHARES.size() + 3)).append('\n');
        row(md, "all", r.overall());
        r.byLanguage().forEach((lang, s) -> row(md, lang, s));
        return md.toString();
    }

    private static void row(StringBuilder md, String name, Summary s) {
        Map<String, Double> m = s.asMap();
        md.append("| ").append(name).append(" | ").append(s.questions());
        SHARES.keySet().forEach(k -> md.append(" | ").append(s.measured(k) ? fmt(m.get(k)) : "–"));
        md.append(" | ").append(s.wronglyRefused()).append(" | ").append(String.format(Locale.ROOT, "%.1f", s.latencyP50Ms()))
                .append(" | ").append(String.format(Locale.ROOT, "%.1f", s.latencyP95Ms())).append(" |\n");
    }

    String html(Report r) {
        StringBuilder h = new StringBuilder();
        h.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Khabar evaluation</title>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>")
                .append("body{font-family:system-ui,'Noto Sans Devanagari',sans-serif;margin:2rem;color:#1d2330;line-height:1.5}")
                .append("table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}td,th{border:1px solid #d6dae3;")
                .append("padding:.3rem .5rem;vertical-align:top;text-align:left}th{background:#f2f4f8}")
                .append(".pass{color:#1a7f37;font-weight:600}.fail{color:#c62828;font-weight:600}")
                .append(".snip{color:#555;font-size:.85rem}svg text{font-size:11px;fill:#1d2330}")
                .append("</style></head><body>");
        h.append("<h1>Khabar evaluation: ").append(esc(r.questionSet())).append("</h1><p>Target: ")
                .append(esc(r.target())).append(" · ").append(esc(r.finishedAt())).append("</p>");
        h.append(r.violations().isEmpty() ? "<p class=\"pass\">All thresholds met.</p>"
                : "<p class=\"fail\">Thresholds violated:</p><ul>" + String.join("", r.violations().stream()
                        .map(v -> "<li>" + esc(v) + "</li>").toList()) + "</ul>");
        h.append(chart(r));
        h.append("<h2>Metrics</h2><table><tr><th></th><th>questions</th>");
        SHARES.values().forEach(v -> h.append("<th>").append(esc(v)).append("</th>"));
        h.append("<th>wrongly refused</th><th>p50 ms</th><th>p95 ms</th></tr>");
        htmlRow(h, "all", r.overall());
        r.byLanguage().forEach((lang, s) -> htmlRow(h, lang, s));
        h.append("</table><h2>Questions</h2><table><tr><th>id</th><th>lang</th><th>question</th><th>answer</th>")
                .append("<th>citations</th><th>hit@5</th><th>facts</th><th>grounded / refusal</th>")
                .append("<th>citations valid</th><th>pass</th></tr>");
        for (QuestionResult q : r.questions()) {
            h.append("<tr><td>").append(esc(q.id())).append("</td><td>").append(esc(q.lang())).append("</td><td>")
                    .append(esc(q.question())).append("</td><td>").append(esc(q.answer())).append("</td><td>");
            for (Citation c : q.citations()) {
                h.append("<div class=\"snip\">[").append(c.n()).append("] ").append(esc(c.documentId())).append(": ")
                        .append(esc(abbreviate(c.snippet(), 120))).append("</div>");
            }
            h.append("</td><td>").append(q.answerable() ? mark(q.hitAt5()) : "n/a").append("</td><td>")
                    .append(q.factCoverage() == null ? "n/a" : fmt(q.factCoverage())).append("</td><td>")
                    .append(q.answerable() ? mark(q.grounded()) : mark(q.refusedCorrectly())).append("</td><td>")
                    .append(mark(q.citationsValid())).append("</td><td>").append(mark(q.passed()))
                    .append("</td></tr>");
        }
        return h.append("</table></body></html>\n").toString();
    }

    /** Horizontal bars, one group per metric, one bar per language and overall. */
    private static String chart(Report r) {
        Map<String, Summary> groups = new java.util.LinkedHashMap<>();
        groups.put("all", r.overall());
        groups.putAll(r.byLanguage());
        String[] colours = {"#1d4ed8", "#0f766e", "#b45309", "#7c3aed", "#be123c"};
        int barHeight = 10;
        int groupHeight = groups.size() * barHeight + 12;
        int width = 640;
        int left = 150;
        int height = SHARES.size() * groupHeight + 30;
        StringBuilder svg = new StringBuilder("<h2>Chart</h2><svg role=\"img\" aria-label=\"metrics chart\" width=\"")
                .append(width + 60).append("\" height=\"").append(height).append("\">");
        int y = 0;
        for (var metric : SHARES.entrySet()) {
            svg.append("<text x=\"0\" y=\"").append(y + groupHeight / 2 + 4).append("\">").append(esc(metric.getValue()))
                    .append("</text>");
            int i = 0;
            for (var g : groups.entrySet()) {
                double v = g.getValue().asMap().get(metric.getKey());
                int w = (int) Math.round(Math.max(0, Math.min(1, v)) * (width - left));
                svg.append("<rect x=\"").append(left).append("\" y=\"").append(y + i * barHeight).append("\" width=\"")
                        .append(w).append("\" height=\"").append(barHeight - 2).append("\" fill=\"")
                        .append(colours[i % colours.length]).append("\"><title>").append(esc(g.getKey())).append(": ")
                        .append(fmt(v)).append("</title></rect><text x=\"").append(left + w + 4).append("\" y=\"")
                        .append(y + i * barHeight + barHeight - 2).append("\">").append(fmt(v)).append("</text>");
                i++;
            }
            y += groupHeight;
        }
        int i = 0;
        int x = left;
        for (String g : groups.keySet()) {
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y + 8).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(colours[i++ % colours.length]).append("\"/><text x=\"").append(x + 14).append("\" y=\"")
                    .append(y + 17).append("\">").append(esc(g)).append("</text>");
            x += 90;
        }
        return svg.append("</svg>").toString();
    }

    private static void htmlRow(StringBuilder h, String name, Summary s) {
        Map<String, Double> m = s.asMap();
        h.append("<tr><th>").append(esc(name)).append("</th><td>").append(s.questions()).append("</td>");
        SHARES.keySet().forEach(k -> h.append("<td>").append(s.measured(k) ? fmt(m.get(k)) : "–").append("</td>"));
        h.append("<td>").append(s.wronglyRefused()).append("</td><td>")
                .append(String.format(Locale.ROOT, "%.1f", s.latencyP50Ms())).append("</td><td>")
                .append(String.format(Locale.ROOT, "%.1f", s.latencyP95Ms())).append("</td></tr>");
    }

    private static String mark(boolean ok) {
        return ok ? "<span class=\"pass\">✓</span>" : "<span class=\"fail\">✗</span>";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
