package dev.khabar.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.answer.Answer;
import dev.khabar.answer.Citation;
import dev.khabar.ingest.DocumentStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReplyFormatterTest {

    private static final Pattern TAGS = Pattern.compile("</?(b|i)>");

    private static String unescape(String html) {
        return TAGS.matcher(html).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static Answer answer(String text, List<Citation> citations) {
        return new Answer(text, !citations.isEmpty(), citations, "extractive", List.of());
    }

    @Test
    void escapesAnswerTitlesAndSnippetsOnce() {
        Citation c = new Citation(1, "d", "Tom & <Jerry>", "a <b>bold</b> claim & more", 0, 10);
        List<String> html = new ReplyFormatter().answer(answer("It says a <b>bold</b> claim & more. [1]", List.of(c)));

        assertEquals(List.of("It says a &lt;b&gt;bold&lt;/b&gt; claim &amp; more. [1]\n\n<b>Sources</b>\n"
                + "<b>[1] Tom &amp; &lt;Jerry&gt;</b>\n<i>a &lt;b&gt;bold&lt;/b&gt; claim &amp; more</i>"), html);
    }

    @Test
    void aRefusalHasNoSourcesHeading() {
        List<String> html = new ReplyFormatter().answer(answer("The articles do not say.", List.of()));
        assertEquals(List.of("The articles do not say."), html);
    }

    @Test
    void citationMarkersStayWithTheirSentence() {
        assertEquals(List.of("पहला वाक्य है। [1]", "दूसरा वाक्य? [2] [3]", "Third one. [4]"),
                ReplyFormatter.sentences("पहला वाक्य है। [1] दूसरा वाक्य? [2] [3] Third one. [4]"));
        assertEquals(List.of("No markers here.", "None at all."),
                ReplyFormatter.sentences("No markers here. None at all."));
    }

    @Test
    void longRepliesAreSplitAtSentenceBoundariesWithinTheLimit() {
        StringBuilder text = new StringBuilder();
        List<String> sentences = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            String s = "Sentence " + i + " says that R&D <costs> rose by " + i + " percent in the year। [" + (i % 3 + 1)
                    + "]";
            sentences.add(s);
            text.append(s).append(' ');
        }
        List<Citation> citations = List.of(new Citation(1, "a", "A & B", "x < y", 0, 1),
                new Citation(2, "b", "C", "z", 0, 1), new Citation(3, "c", "D", "w", 0, 1));

        List<String> messages = new ReplyFormatter().answer(answer(text.toString().strip(), citations));

        assertTrue(messages.size() >= 3, "over 4096 characters: " + messages.size() + " messages");
        for (String m : messages) {
            assertTrue(m.length() <= MessageSplitter.TELEGRAM_LIMIT, "message of " + m.length());
            assertFalse(m.startsWith(" ") || m.endsWith(" "));
        }
        // Every message but the sources ends a sentence with its marker, and no sentence is cut.
        List<String> received = new ArrayList<>();
        for (String m : messages) {
            String body = m.contains("<b>Sources</b>") ? m.substring(0, m.indexOf("<b>Sources</b>")).strip() : m;
            if (!body.isEmpty()) {
                assertTrue(body.matches("(?s).*। \\[\\d\\]"), "ends at a sentence: …" + body.substring(body.length() - 30));
                received.addAll(ReplyFormatter.sentences(unescape(body)));
            }
        }
        assertEquals(sentences, received);
        String last = messages.get(messages.size() - 1);
        assertTrue(last.contains("<b>[1] A &amp; B</b>\n<i>x &lt; y</i>"), last);
    }

    @Test
    void aSentenceLongerThanAMessageIsCutBetweenWords() {
        String word = "शब्द&<";
        String sentence = (word + " ").repeat(1500).strip() + "।";
        List<String> messages = new ReplyFormatter().answer(answer(sentence, List.of()));

        assertTrue(messages.size() > 1);
        StringBuilder joined = new StringBuilder();
        for (String m : messages) {
            assertTrue(m.length() <= MessageSplitter.TELEGRAM_LIMIT, "message of " + m.length());
            assertFalse(m.endsWith("&") || m.endsWith("&amp") || m.endsWith("&l"), "entity cut: " + m);
            joined.append(joined.length() == 0 ? "" : " ").append(unescape(m));
        }
        assertEquals(sentence, joined.toString());
    }

    @Test
    void aRunWithoutSpacesIsCutBetweenCodePoints() {
        String run = "😀".repeat(3000);
        List<String> messages = new MessageSplitter(4096).pack(new MessageSplitter(4096).pieces("", run, s -> s));
        assertEquals(2, messages.size());
        assertEquals(run, String.join("", messages));
        messages.forEach(m -> assertFalse(Character.isLowSurrogate(m.charAt(0)), "surrogate pair split"));
    }

    @Test
    void longTitlesAndSnippetsAreShortenedAtAWord() {
        String snippet = "word ".repeat(100).strip();
        Citation c = new Citation(1, "d", "title", snippet, 0, 1);
        String html = new ReplyFormatter().answer(answer("Answer. [1]", List.of(c))).get(0);
        String italic = html.substring(html.indexOf("<i>") + 3, html.indexOf("</i>"));
        assertTrue(italic.length() <= ReplyFormatter.SNIPPET_CHARS, italic);
        assertTrue(italic.endsWith("word…"), italic);
    }

    @Test
    void articlesListsOnlyIngestedArticlesEscaped() {
        List<String> html = new ReplyFormatter().articles(List.of(
                new DocumentStatus("a", "Tom & Jerry", 2, 9, DocumentStatus.OK, null, "a.txt"),
                DocumentStatus.failed("b", "b.txt", "not UTF-8"),
                new DocumentStatus("c", "पुतिन <यात्रा>", 1, 3, DocumentStatus.OK, null, "c.txt")));
        assertEquals(List.of("<b>Articles (2)</b>\n1. Tom &amp; Jerry\n2. पुतिन &lt;यात्रा&gt;"), html);
    }

    @Test
    void helpIsEscapedPlainText() {
        String html = String.join("\n", new ReplyFormatter().help());
        assertEquals(ReplyFormatter.HELP, unescape(html));
    }
}
