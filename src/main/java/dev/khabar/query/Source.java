package dev.khabar.query;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose account a question asks for: "according to the US national security official, what might North Korea
 * demand…", "NHK ke mutabik…". The source helps find the passage, but the words describing it ("national security
 * official", "public broadcaster") are how the reader knows it, not what the article calls it ("जॉन किर्बी",
 * "एनएचके"), and the sentence they match best is often the one introducing the source rather than the one telling
 * what it said. A name ("NHK", "Kirby") is different: the article names its source the same way.
 */
public final class Source {

    private static final String ACCORDING_TO = "\\baccording to (.+?)(?:,|\\?|$)";
    private static final Pattern ACCORDING = Pattern.compile(
            ACCORDING_TO + "|^(.+?) ke (?:mutabik|mutaabik|hisaab se|hisab se|anusaar|anusar)\\b");
    /** "what did X say/report", or "according to X". */
    private static final Pattern SAID_BY = Pattern.compile(
            Speaker.whoDid(Speaker.SAYING_VERBS + "|report|state").pattern() + "|" + ACCORDING_TO);

    private Source() {
    }

    /** The question's concepts that describe its source without naming it; empty when it names no source. */
    public static BitSet describingWords(ExpandedQuery query) {
        BitSet out = new BitSet();
        conceptsIn(phrase(ACCORDING, query), query).stream().filter(i -> describes(query.concepts().get(i)))
                .forEach(out::set);
        return out;
    }

    /**
     * Words describing a source the question also names, ending on its name: "Japan's public broadcaster NHK", "US
     * official John Kirby". The name tells the articles' source; the description is the reader's.
     */
    public static BitSet describingANamedSource(ExpandedQuery query) {
        String source = phrase(SAID_BY, query);
        List<Integer> in = conceptsIn(source, query);
        BitSet out = new BitSet();
        if (in.isEmpty()) {
            return out;
        }
        Concept last = query.concepts().get(in.get(in.size() - 1));
        if (last.kind() == Concept.Kind.NAME && source.endsWith(last.surface().toLowerCase(Locale.ROOT))) {
            in.stream().filter(i -> describes(query.concepts().get(i))).forEach(out::set);
        }
        return out;
    }

    /** The words {@code pattern} finds naming the source, in lower case; empty if it finds none. */
    private static String phrase(Pattern pattern, ExpandedQuery query) {
        Matcher m = pattern.matcher(query.question().toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return "";
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** The indices of the concepts written within {@code phrase}, in question order. */
    private static List<Integer> conceptsIn(String phrase, ExpandedQuery query) {
        List<Integer> in = new ArrayList<>();
        for (int i = 0; !phrase.isEmpty() && i < query.concepts().size(); i++) {
            if (phrase.contains(query.concepts().get(i).surface().toLowerCase(Locale.ROOT))) {
                in.add(i);
            }
        }
        return in;
    }

    private static boolean describes(Concept c) {
        return c.kind() == Concept.Kind.LISTED || c.kind() == Concept.Kind.UNLISTED
                || c.kind() == Concept.Kind.QUALIFIER;
    }
}
