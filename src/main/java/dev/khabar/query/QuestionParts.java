package dev.khabar.query;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a question that asks two things at once: "How did Kim get to Russia, and who went with him?",
 * "When and where did they meet?", "Wagner ko kya diya aur kab?". Each part has its own intent and the concepts it
 * names, so the answer can quote a sentence for each instead of two for the part with the rarer words.
 */
public final class QuestionParts {

    /** One thing the question asks: its words, what kind of answer it wants, and which concepts it names. */
    public record Part(String text, Intent intent, BitSet concepts) {
    }

    /**
     * "and" (or "aur", "और") after a comma, or with a question word right after it, or a second question after the
     * first one's question mark; both sides must ask something.
     * "X के अलावा और किस देश" asks "which other country", one thing: the part before it asks nothing.
     */
    private static final Pattern JOINT = Pattern.compile(
            ",\\s*(?:and|aur|और)\\s+(?:if so,?\\s+)?"
                    // two questions in one message: "kab gaye the? kitne saal baad ja rahe h"
                    + "|\\?\\s+(?:(?:and|aur|और)\\s+)?(?=\\S)"
                    + "|\\s(?:and|aur|or)\\s+(?:if so,?\\s+)?(?=(?:" + QuestionWords.ASKING + ")\\b)"
                    + "|\\sऔर\\s+(?=(?:" + QuestionWords.ASKING_HINDI + ")(?:[\\s?]|$))");
    private static final Pattern ASKS = Pattern.compile(
            "\\b(?:" + QuestionWords.ASKING + ")\\b|(?:^|\\s)(?:" + QuestionWords.ASKING_HINDI + ")(?:[\\s?]|$)");

    private QuestionParts() {
    }

    /** The parts of {@code query}, or none when it asks one thing. */
    public static List<Part> of(ExpandedQuery query) {
        String lower = QuestionWords.withoutPassiveSaying(query.question().toLowerCase(Locale.ROOT));
        List<int[]> spans = new ArrayList<>();
        Matcher m = JOINT.matcher(lower);
        int start = 0;
        while (m.find()) {
            spans.add(new int[] {start, m.start()});
            start = m.end();
        }
        if (spans.isEmpty()) {
            return List.of();
        }
        spans.add(new int[] {start, lower.length()});
        if (spans.stream().anyMatch(s -> !ASKS.matcher(lower.substring(s[0], s[1])).find())) {
            return List.of();
        }
        List<Part> parts = new ArrayList<>();
        for (int[] span : spans) {
            String text = lower.substring(span[0], span[1]);
            parts.add(new Part(text, Intent.of(text), conceptsOf(query.concepts(), lower, span)));
        }
        return List.copyOf(parts);
    }

    /**
     * The concepts written inside {@code span}, with the names written anywhere ("who went with <em>him</em>" is
     * about Kim); a part naming nothing ("…aur kab?") is about everything the question names.
     */
    private static BitSet conceptsOf(List<Concept> concepts, String lower, int[] span) {
        BitSet own = new BitSet();
        BitSet names = new BitSet();
        for (int i = 0; i < concepts.size(); i++) {
            Concept c = concepts.get(i);
            int at = lower.indexOf(c.surface().toLowerCase(Locale.ROOT));
            if (at >= span[0] && at < span[1]) {
                own.set(i);
            } else if (at < 0 || c.kind() == Concept.Kind.NAME) {
                names.set(i);
            }
        }
        if (own.isEmpty()) {
            own.set(0, concepts.size());
        } else {
            own.or(names);
        }
        return own;
    }
}
