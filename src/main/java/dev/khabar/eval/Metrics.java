package dev.khabar.eval;

import dev.khabar.answer.Citation;
import dev.khabar.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The harness's measures, each a small pure function so it can be checked on hand-made cases. */
public final class Metrics {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

    private Metrics() {
    }

    /** Whether {@code text} contains one of the acceptable strings, case- and normalization-insensitively. */
    public static boolean containsAny(String text, Collection<String> acceptable) {
        String t = TextNormalizer.forMatching(text);
        return acceptable.stream().map(TextNormalizer::forMatching).anyMatch(a -> !a.isEmpty() && t.contains(a));
    }

    /** Rank (0-based) of the first chunk from a gold document that contains any fact string; -1 if none. */
    public static int answerBearingRank(List<Target.Hit> hits, EvalQuestion q) {
        List<String> all = q.facts().stream().flatMap(List::stream).toList();
        for (int i = 0; i < hits.size(); i++) {
            if (q.goldDocs().contains(hits.get(i).documentId()) && containsAny(hits.get(i).text(), all)) {
                return i;
            }
        }
        return -1;
    }

    public static double hitAt(int rank, int k) {
        return rank >= 0 && rank < k ? 1 : 0;
    }

    public static double reciprocalRank(int rank, int cutoff) {
        return rank >= 0 && rank < cutoff ? 1.0 / (rank + 1) : 0;
    }

    /** Share of gold documents found among the documents of the top {@code k} chunks. */
    public static double documentRecall(List<Target.Hit> hits, EvalQuestion q, int k) {
        if (q.goldDocs().isEmpty()) {
            return 1;
        }
        Set<String> found = new LinkedHashSet<>();
        hits.stream().limit(k).forEach(h -> found.add(h.documentId()));
        return q.goldDocs().stream().filter(found::contains).count() / (double) q.goldDocs().size();
    }

    /** Share of facts with an acceptable string in the answer or in one of its cited snippets. */
    public static double factCoverage(Target.Reply reply, EvalQuestion q) {
        if (q.facts().isEmpty()) {
            return 1;
        }
        StringBuilder text = new StringBuilder(reply.answer());
        reply.citations().forEach(c -> text.append('\n').append(c.snippet()));
        return q.facts().stream().filter(f -> containsAny(text.toString(), f)).count() / (double) q.facts().size();
    }

    /** A refusal is right when the reply is not grounded and cites nothing. */
    public static boolean refused(Target.Reply reply) {
        return !reply.grounded() && reply.citations().isEmpty();
    }

    /**
     * Every snippet is the cited document's text at its code-point offsets, and every {@code [n]} in the answer has
     * a citation {@code n}. A reply without citations is trivially valid.
     */
    public static boolean citationsValid(Target.Reply reply, Function<String, Optional<String>> documents) {
        for (Citation c : reply.citations()) {
            Optional<String> text = documents.apply(c.documentId());
            if (text.isEmpty() || !c.snippet().equals(slice(text.get(), c.start(), c.end()))) {
                return false;
            }
        }
        Set<Integer> numbers = new LinkedHashSet<>();
        reply.citations().forEach(c -> numbers.add(c.n()));
        Matcher m = MARKER.matcher(reply.answer());
        while (m.find()) {
            if (!numbers.contains(Integer.parseInt(m.group(1)))) {
                return false;
            }
        }
        return true;
    }

    /** Share of citations pointing to a gold document; empty when nothing was cited. */
    public static Optional<Double> citationPrecision(Target.Reply reply, EvalQuestion q) {
        if (reply.citations().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(reply.citations().stream().filter(c -> q.goldDocs().contains(c.documentId())).count()
                / (double) reply.citations().size());
    }

    /** {@code text[start:end]} counted in code points; null when out of range. */
    static String slice(String text, int start, int end) {
        int length = text.codePointCount(0, text.length());
        if (start < 0 || end < start || end > length) {
            return null;
        }
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    /** Nearest-rank percentile of {@code values} ({@code p} in 0..100). */
    public static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
