package dev.khabar.telegram;

import dev.khabar.answer.Answer;
import dev.khabar.answer.Citation;
import dev.khabar.ingest.DocumentStatus;
import dev.khabar.text.SentenceSplitter;
import dev.khabar.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns answers, the article list and notices into Telegram HTML messages: everything escaped, the answer with its
 * {@code [n]} markers, then its sources; replies over Telegram's limit split between sentences.
 */
final class ReplyFormatter {

    /** Snippets are quoted in the answer already; the sources list only needs enough to recognise the passage. */
    static final int SNIPPET_CHARS = 160;
    static final int TITLE_CHARS = 120;

    private static final Pattern LEADING_MARKERS = Pattern.compile("\\G\\s*\\[\\d+\\]");
    private static final UnaryOperator<String> PLAIN = s -> s;

    static final String HELP = """
            I answer questions about the Hindi news articles I have read, quoting them word for word: \
            every quote is marked [1], [2]… and its source is listed below the answer. When the articles \
            do not answer a question, I say so.

            Ask in English, Hindi or Hinglish, for example:
            • Why is the US worried about Kim Jong Un and Putin coming together?
            • पुतिन उत्तर कोरिया कब जा रहे हैं?
            • Kim ne imperialism ke baare mein kya kaha?

            /sources lists the articles, /help shows this message.""";

    private final MessageSplitter splitter;

    ReplyFormatter() {
        this(MessageSplitter.TELEGRAM_LIMIT);
    }

    ReplyFormatter(int limit) {
        this.splitter = new MessageSplitter(limit);
    }

    List<String> answer(Answer answer) {
        List<MessageSplitter.Piece> pieces = new ArrayList<>();
        String separator = "";
        for (String line : answer.text().split("\n", -1)) {
            if (line.isBlank()) {
                separator = pieces.isEmpty() ? "" : "\n\n";
                continue;
            }
            for (String sentence : sentences(line)) {
                pieces.addAll(splitter.pieces(separator, sentence, PLAIN));
                separator = " ";
            }
            separator = separator.equals("\n\n") ? separator : "\n";
        }
        if (!answer.citations().isEmpty()) {
            pieces.add(new MessageSplitter.Piece("\n\n", "<b>Sources</b>"));
            for (Citation c : answer.citations()) {
                pieces.addAll(source(c));
            }
        }
        return splitter.pack(pieces);
    }

    List<String> help() {
        return text(HELP);
    }

    List<String> articles(List<DocumentStatus> documents) {
        List<DocumentStatus> ok = documents.stream().filter(d -> DocumentStatus.OK.equals(d.status())).toList();
        if (ok.isEmpty()) {
            return text("No articles are loaded yet.");
        }
        List<MessageSplitter.Piece> pieces = new ArrayList<>();
        pieces.add(new MessageSplitter.Piece("", Html.bold("Articles (" + ok.size() + ")")));
        int i = 1;
        for (DocumentStatus d : ok) {
            String title = d.title() == null || d.title().isBlank() ? d.id() : d.title();
            pieces.addAll(splitter.pieces("\n", i++ + ". " + shorten(title, TITLE_CHARS), PLAIN));
        }
        return splitter.pack(pieces);
    }

    /** A notice of plain text, escaped, split at paragraph breaks when long. */
    List<String> text(String plain) {
        List<MessageSplitter.Piece> pieces = new ArrayList<>();
        for (String paragraph : plain.split("\n\n")) {
            pieces.addAll(splitter.pieces(pieces.isEmpty() ? "" : "\n\n", paragraph, PLAIN));
        }
        return splitter.pack(pieces);
    }

    private List<MessageSplitter.Piece> source(Citation c) {
        List<MessageSplitter.Piece> pieces = new ArrayList<>();
        String title = c.title() == null || c.title().isBlank() ? c.documentId() : c.title();
        pieces.addAll(splitter.pieces("\n", "[" + c.n() + "] " + shorten(title, TITLE_CHARS), Html.inTag("b")));
        pieces.addAll(splitter.pieces("\n", shorten(c.snippet(), SNIPPET_CHARS), Html.inTag("i")));
        return pieces;
    }

    /**
     * The sentences of one line, whole: cut where {@link SentenceSplitter} starts a sentence, except that the
     * {@code [n]} markers after a sentence stay with it.
     */
    static List<String> sentences(String line) {
        List<Span> spans = SentenceSplitter.split(line, new Span(0, line.length()));
        List<Integer> cuts = new ArrayList<>();
        for (int i = 1; i < spans.size(); i++) {
            int cut = spans.get(i).start();
            Matcher m = LEADING_MARKERS.matcher(line);
            m.region(cut, line.length());
            while (m.find()) {
                cut = m.end();
            }
            if (cut < line.length() && (cuts.isEmpty() || cut > cuts.get(cuts.size() - 1))) {
                cuts.add(cut);
            }
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int cut : cuts) {
            addStripped(out, line.substring(start, cut));
            start = cut;
        }
        addStripped(out, line.substring(start));
        return out;
    }

    private static void addStripped(List<String> out, String s) {
        if (!s.isBlank()) {
            out.add(s.strip());
        }
    }

    /** At most {@code max} characters, cut at a space when there is one in the last fifth, with an ellipsis. */
    static String shorten(String text, int max) {
        String s = text.strip().replaceAll("\\s+", " ");
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        if (cut < max * 4 / 5) {
            cut = max - 1;
            if (Character.isLowSurrogate(s.charAt(cut))) {
                cut--;
            }
        }
        return s.substring(0, cut).strip() + "…";
    }
}
