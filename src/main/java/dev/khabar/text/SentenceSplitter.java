package dev.khabar.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a line of Hindi or English text into sentences. Danda, question and exclamation marks always end a
 * sentence; a full stop does only when followed by white space (so 3.5 and U.S.A stay whole) and not after a known
 * abbreviation or a single initial.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "no", "gen", "col", "lt", "capt", "inc",
            "ltd", "co", "govt", "dept", "approx", "fig", "vol", "sh", "smt", "डॉ", "प्रो", "श्री", "सं", "पू", "ई");

    private SentenceSplitter() {
    }

    /** Sentence spans of {@code text} within {@code line}, trimmed, never empty. */
    public static List<Span> split(String text, Span line) {
        List<Span> sentences = new ArrayList<>();
        int start = line.start();
        int i = line.start();
        while (i < line.end()) {
            char c = text.charAt(i);
            if (isTerminator(c) && endsSentence(text, line, i)) {
                int end = i + 1;
                while (end < line.end() && (isTerminator(text.charAt(end)) || isClosing(text.charAt(end)))) {
                    end++;
                }
                add(sentences, text, new Span(start, end));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        add(sentences, text, new Span(start, line.end()));
        return sentences;
    }

    private static void add(List<Span> out, String text, Span span) {
        Span trimmed = span.trimmed(text);
        if (trimmed.length() > 0 && hasLetterOrDigit(text, trimmed)) {
            out.add(trimmed);
        }
    }

    private static boolean hasLetterOrDigit(String text, Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTerminator(char c) {
        return c == '।' || c == '॥' || c == '?' || c == '!' || c == '.';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
    }

    private static boolean endsSentence(String text, Span line, int i) {
        char c = text.charAt(i);
        int next = i + 1;
        while (next < line.end() && (isClosing(text.charAt(next)) || isTerminator(text.charAt(next)))) {
            next++;
        }
        boolean atBoundary = next >= line.end() || Span.isSpace(text.charAt(next));
        if (c != '.') {
            return atBoundary || c == '।' || c == '॥';
        }
        return atBoundary && !isAbbreviation(text, line, i);
    }

    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isAbbreviation(String text, Span line, int dot) {
        int s = dot;
        while (s > line.start() && isWordChar(text.charAt(s - 1))) {
            s--;
        }
        String word = text.substring(s, dot).toLowerCase(Locale.ROOT);
        boolean singleLatinInitial = word.length() == 1 && word.charAt(0) < 0x80;
        return singleLatinInitial || ABBREVIATIONS.contains(word);
    }
}
