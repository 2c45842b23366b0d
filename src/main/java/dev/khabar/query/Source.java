package dev.khabar.query;

import java.util.BitSet;
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

    private static final Pattern ACCORDING = Pattern.compile(
            "\\baccording to (.+?)(?:,|\\?|$)|^(.+?) ke (?:mutabik|mutaabik|hisaab se|hisab se|anusaar|anusar)\\b",
            Pattern.CASE_INSENSITIVE);

    private Source() {
    }

    /** The question's concepts that describe its source without naming it; empty when it names no source. */
    public static BitSet describingWords(ExpandedQuery query) {
        BitSet out = new BitSet();
        Matcher m = ACCORDING.matcher(query.question());
        if (!m.find()) {
            return out;
        }
        String source = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        for (int i = 0; i < query.concepts().size(); i++) {
            Concept c = query.concepts().get(i);
            if (describes(c) && source.contains(c.surface().toLowerCase(Locale.ROOT))) {
                out.set(i);
            }
        }
        return out;
    }

    private static final Pattern SAID_BY = Pattern.compile(
            "\\b(?:did|does|do|has|have|had)\\s+(?:the\\s+)?(.+?)\\s+(?:say|tell|announce|claim|warn|report|state)\\b"
                    + "|\\baccording to (.+?)(?:,|\\?|$)", Pattern.CASE_INSENSITIVE);

    /**
     * Words describing a source the question also names, ending on its name: "Japan's public broadcaster NHK", "US
     * official John Kirby". The name tells the articles' source; the description is the reader's.
     */
    public static BitSet describingANamedSource(ExpandedQuery query) {
        BitSet out = new BitSet();
        Matcher m = SAID_BY.matcher(query.question());
        if (!m.find()) {
            return out;
        }
        String source = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        int last = -1;
        for (int i = 0; i < query.concepts().size(); i++) {
            if (source.contains(query.concepts().get(i).surface().toLowerCase(Locale.ROOT))) {
                last = i;
                if (describes(query.concepts().get(i))) {
                    out.set(i);
                }
            }
        }
        boolean endsOnName = last >= 0 && query.concepts().get(last).kind() == Concept.Kind.NAME
                && source.endsWith(query.concepts().get(last).surface().toLowerCase(Locale.ROOT));
        return endsOnName ? out : new BitSet();
    }

    private static boolean describes(Concept c) {
        return c.kind() == Concept.Kind.LISTED || c.kind() == Concept.Kind.UNLISTED
                || c.kind() == Concept.Kind.QUALIFIER;
    }
}
