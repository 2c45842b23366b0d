package dev.khabar.eval;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** Runs a question set against a target, question by question, and measures each reply. */
public final class Evaluator {

    static final int SEARCH_K = 10;

    private final Target target;
    private final PrintStream progress;

    public Evaluator(Target target, PrintStream progress) {
        this.target = target;
        this.progress = progress;
    }

    public Report run(String setName, String targetName, List<EvalQuestion> questions, Thresholds thresholds) {
        List<QuestionResult> results = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            QuestionResult r = evaluate(questions.get(i));
            results.add(r);
            progress.printf("[%d/%d] %-10s %-8s %s  rank=%s cov=%.2f grounded=%s %.0f ms%n", i + 1, questions.size(),
                    r.id(), r.lang(), r.passed() ? "pass" : "FAIL",
                    r.answerable() ? (r.answerBearingRank() < 0 ? "-" : String.valueOf(r.answerBearingRank() + 1)) : "n/a",
                    r.factCoverage() == null ? 1.0 : r.factCoverage(), r.grounded(), r.latencyMs());
        }
        Summary overall = Summary.of(results);
        Map<String, Summary> byLanguage = new TreeMap<>();
        results.stream().collect(Collectors.groupingBy(QuestionResult::lang, TreeMap::new, Collectors.toList()))
                .forEach((lang, rs) -> byLanguage.put(lang, Summary.of(rs)));
        return new Report(setName, targetName, Instant.now().toString(), overall, byLanguage, results,
                thresholds.violations(overall, byLanguage));
    }

    QuestionResult evaluate(EvalQuestion q) {
        String conversation = "eval-" + q.id() + "-" + UUID.randomUUID();
        for (String turn : q.turns()) {
            target.ask(turn, conversation);
        }
        long t0 = System.nanoTime();
        Target.Reply reply = target.ask(q.question(), conversation);
        double latencyMs = (System.nanoTime() - t0) / 1e6;
        List<Target.Hit> hits = q.answerable() ? target.search(q.question(), SEARCH_K) : List.of();
        return new QuestionResult(q.id(), q.lang(), q.question(), q.answerable(), reply.answer(), reply.grounded(),
                reply.citations(),
                q.answerable() ? Metrics.answerBearingRank(hits, q) : -1,
                q.answerable() ? Metrics.documentRecall(hits, q, 5) : null,
                q.answerable() ? Metrics.factCoverage(reply, q) : null,
                !q.answerable() && Metrics.refused(reply),
                Metrics.citationsValid(reply, target::documentText),
                q.answerable() ? Metrics.citationPrecision(reply, q).orElse(null) : null,
                latencyMs);
    }
}
