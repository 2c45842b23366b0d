package dev.khabar.answer;

import dev.khabar.ingest.Article;
import dev.khabar.ingest.Sentence;

/** Lines of an article that introduce what follows rather than say it: never quoted as an answer or read on into. */
final class LeadIns {

    /** What ends a sentence (a quotation may close after it); a line ending otherwise may be a heading. */
    private static final String SENTENCE_END = "।.!?\"”'’)";

    private LeadIns() {
    }

    /**
     * A sub-heading introduces an answer; it is not one: one that asks ("...की वजह क्या है?"), leads in ("...क्या
     * बोले तानाशाह-"), or stands alone in its paragraph without a full stop ("पुतिन को भेजा किम ने संदेश") — dense in
     * the question's words, it would otherwise be quoted before the sentence that says what the message was.
     */
    static boolean isLeadIn(Article a, Sentence s) {
        String t = a.quote(s.span()).strip();
        if (t.endsWith("?") || t.endsWith("?\"") || t.endsWith("?'") || t.endsWith("-") || t.endsWith("–")
                || t.endsWith(":")) {
            return true;
        }
        if (t.isEmpty() || SENTENCE_END.indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        int i = s.index();
        return (i == 0 || a.sentences().get(i - 1).paragraph() != s.paragraph())
                && (i == a.sentences().size() - 1 || a.sentences().get(i + 1).paragraph() != s.paragraph());
    }
}
