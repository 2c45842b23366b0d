package dev.khabar.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Packs a reply, given as pieces that must not be cut (sentences, source entries), into as few Telegram messages
 * as fit. Lengths are measured on the HTML, which is never shorter than the text Telegram counts after parsing it,
 * so no message is over the limit; and since every piece is whole HTML, no tag or entity is ever cut in two.
 */
final class MessageSplitter {

    /** Telegram's limit on a message's text. */
    static final int TELEGRAM_LIMIT = 4096;

    /** A unit of a reply: HTML that stays whole, and what joins it to the piece before it in the same message. */
    record Piece(String separator, String html) {
    }

    private final int limit;

    MessageSplitter(int limit) {
        this.limit = limit;
    }

    /**
     * Pieces for one stretch of plain text, styled by {@code style} (which wraps the escaped text in tags). Text too
     * long for one message is cut at spaces (or, with none, anywhere between code points) into pieces that fit.
     */
    List<Piece> pieces(String separator, String plain, UnaryOperator<String> style) {
        if (style.apply(Html.escape(plain)).length() <= limit) {
            return List.of(new Piece(separator, style.apply(Html.escape(plain))));
        }
        int overhead = style.apply("").length();
        List<Piece> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentLength = 0;
        for (String word : words(plain, limit - overhead)) {
            int wordLength = Html.escape(word).length();
            if (currentLength + wordLength > limit - overhead && currentLength > 0) {
                out.add(new Piece(out.isEmpty() ? separator : " ", style.apply(Html.escape(current.toString().strip()))));
                current.setLength(0);
                currentLength = 0;
            }
            current.append(word);
            currentLength += wordLength;
        }
        if (!current.toString().isBlank()) {
            out.add(new Piece(out.isEmpty() ? separator : " ", style.apply(Html.escape(current.toString().strip()))));
        }
        return out;
    }

    /** Joins pieces into messages of at most {@code limit} characters; a separator never starts a message. */
    List<String> pack(List<Piece> pieces) {
        List<String> messages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (Piece p : pieces) {
            if (current.length() > 0 && current.length() + p.separator().length() + p.html().length() > limit) {
                messages.add(current.toString().strip());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(p.separator());
            }
            current.append(p.html());
        }
        if (!current.toString().isBlank()) {
            messages.add(current.toString().strip());
        }
        return messages;
    }

    /**
     * Words with their following space, each short enough once escaped; a longer run without spaces is cut between
     * code points (so no surrogate pair is split).
     */
    private static List<String> words(String plain, int max) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < plain.length(); i++) {
            if (Character.isWhitespace(plain.charAt(i))) {
                cut(plain.substring(start, i + 1), max, words);
                start = i + 1;
            }
        }
        if (start < plain.length()) {
            cut(plain.substring(start), max, words);
        }
        return words;
    }

    private static void cut(String word, int max, List<String> out) {
        StringBuilder part = new StringBuilder();
        int length = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            String s = new String(Character.toChars(cp));
            int l = Html.escape(s).length();
            if (length + l > max && length > 0) {
                out.add(part.toString());
                part.setLength(0);
                length = 0;
            }
            part.append(s);
            length += l;
            i += Character.charCount(cp);
        }
        if (part.length() > 0) {
            out.add(part.toString());
        }
    }
}
