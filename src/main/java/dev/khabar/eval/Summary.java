package dev.khabar.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The aggregated metrics of a group of questions (all of them, or one language). */
public record Summary(int questions, int answerable, int unanswerable, double hitAt1, double hitAt5, double mrrAt10,
        double documentRecallAt5, double factCoverage, double groundedRate, int wronglyRefused,
        double refusalAccuracy, double citationValidity, double citationPrecision, double latencyP50Ms,
        double latencyP95Ms) {

    public static Summary of(List<QuestionResult> results) {
        List<QuestionResult> ans = results.stream().filter(QuestionResult::answerable).toList();
        List<QuestionResult> unans = results.stream().filter(r -> !r.answerable()).toList();
        List<Double> latencies = results.stream().map(QuestionResult::latencyMs).toList();
        List<Double> precisions = ans.stream().map(QuestionResult::citationPrecision)
                .filter(java.util.Objects::nonNull).toList();
        return new Summary(results.size(), ans.size(), unans.size(),
                mean(ans, r -> r.hitAt1() ? 1 : 0),
                mean(ans, r -> r.hitAt5() ? 1 : 0),
                mean(ans, r -> Metrics.reciprocalRank(r.answerBearingRank(), 10)),
                mean(ans, QuestionResult::documentRecallAt5),
                mean(ans, QuestionResult::factCoverage),
                mean(ans, r -> r.grounded() ? 1 : 0),
                (int) ans.stream().filter(QuestionResult::wronglyRefused).count(),
                mean(unans, r -> r.refusedCorrectly() ? 1 : 0),
                mean(results, r -> r.citationsValid() ? 1 : 0),
                precisions.isEmpty() ? 1 : precisions.stream().mapToDouble(Double::doubleValue).average().orElse(1),
                Metrics.percentile(latencies, 50), Metrics.percentile(latencies, 95));
    }

    /** Whether {@code metric} measured anything here: refusals need unanswerable questions, the rest answerable ones. */
    public boolean measured(String metric) {
        return switch (metric) {
            case "refusal_accuracy" -> unanswerable > 0;
            case "citation_validity", "latency_p50_ms", "latency_p95_ms" -> questions > 0;
            default -> answerable > 0;
        };
    }

    /** The metrics by the names thresholds use. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("hit_at_1", hitAt1);
        m.put("hit_at_5", hitAt5);
        m.put("mrr_at_10", mrrAt10);
        m.put("doc_recall_at_5", documentRecallAt5);
        m.put("fact_coverage", factCoverage);
        m.put("grounded_rate", groundedRate);
        m.put("refusal_accuracy", refusalAccuracy);
        m.put("citation_validity", citationValidity);
        m.put("citation_precision", citationPrecision);
        m.put("wrongly_refused", (double) wronglyRefused);
        m.put("latency_p50_ms", latencyP50Ms);
        m.put("latency_p95_ms", latencyP95Ms);
        return m;
    }

    private static double mean(List<QuestionResult> rs, java.util.function.ToDoubleFunction<QuestionResult> f) {
        return rs.isEmpty() ? 1 : rs.stream().mapToDouble(f).average().orElse(1);
    }
}
