package dev.khabar.ingest;

import dev.khabar.text.SentenceSplitter;
import dev.khabar.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the article inside a scraped news page. Works line by line on the original text and returns spans of it,
 * never a rewritten copy, so whatever is later quoted can be traced back to its exact place in the file.
 *
 * <p>The rules follow how Hindi news sites lay out a page: a section label above the headline, bylines and update
 * stamps, "ये भी पढ़ें" related links with the headlines under them, ad markers, image markdown and photo credits,
 * share bars and next-post teasers, and a trailing run of Latin tag words.
 */
public final class BoilerplateCleaner {

    /** Lines that are boilerplate as a whole (compared trimmed, lower case, without a trailing colon). */
    private static final List<String> WHOLE_LINE = List.of(
            "advertisment", "advertisement", "advertisements", "sponsored", "विज्ञापन", "author-image", "एडिट", "edit",
            "new update", "date updated", "updated", "फॉलो करें", "follow us", "share", "शेयर करें", "ट्रेंडिंग न्यूज",
            "टॉप हेडलाइंस", "trending news", "top headlines", "read more", "और पढ़ें", "यह भी पढ़ें", "ये भी पढ़ें",
            "इसे भी पढ़ें", "also read", "read also", "related news", "संबंधित खबरें");

    /** A related-link line: the marker, optionally followed by a headline on the same line. */
    private static final Pattern RELATED_LINK = Pattern.compile(
            "^\\s*(ये|यह|इसे|इन्हें)\\s+भी\\s+पढ़ें|^\\s*(also read|read also|read more)\\b", Pattern.CASE_INSENSITIVE);

    /** From a next-post teaser on, the page is someone else's article. */
    private static final Pattern PAGE_TAIL = Pattern.compile(
            "^\\s*(next post|previous post|next story|अगली खबर|पिछली खबर)\\s*:?\\s*$", Pattern.CASE_INSENSITIVE);

    private static final Pattern CREDIT = Pattern.compile(
            "(photo|image|pic|picture)\\s*(credit|courtesy|source)|फोटो\\s*(क्रेडिट|साभार|सोर्स)|तस्वीर\\s*साभार|^\\s*source\\s*:|^\\s*स्रोत\\s*:|^\\s*(tags?|टैग)\\s*:",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern IMAGE_MARKDOWN = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");

    /** A teaser cut short by the site ("... पुतिन […]"): the full text is in the body. */
    private static final Pattern TRUNCATED = Pattern.compile("(\\[…]|\\[\\.\\.\\.]|…)\\s*$");

    private static final int RELATED_HEADLINE_MAX_CHARS = 200;
    private static final int SECTION_LABEL_MAX_WORDS = 2;
    private static final int TITLE_MAX_CHARS = 250;

    public CleanedArticle clean(String text) {
        List<Span> lines = lines(text);
        boolean devanagariArticle = devanagariShare(text) > 0.3;
        List<Span> kept = new ArrayList<>();
        Span title = null;
        boolean inRelatedBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            Span line = lines.get(i).trimmed(text);
            String raw = line.of(text);
            if (raw.isEmpty()) {
                inRelatedBlock = false;
                continue;
            }
            if (PAGE_TAIL.matcher(raw).find()) {
                break;
            }
            if (inRelatedBlock && raw.length() <= RELATED_HEADLINE_MAX_CHARS && !endsWithTerminator(raw)) {
                continue;
            }
            inRelatedBlock = false;
            String key = key(raw);
            if (WHOLE_LINE.contains(key)) {
                inRelatedBlock = key.endsWith("पढ़ें") || key.startsWith("read") || key.startsWith("also")
                        || key.startsWith("ट्रेंडिंग") || key.startsWith("टॉप") || key.startsWith("संबंधित");
                if (key.equals("author-image")) {
                    i = skipNextNonBlank(lines, i, text);
                }
                continue;
            }
            if (RELATED_LINK.matcher(raw).find() || CREDIT.matcher(raw).find() || TRUNCATED.matcher(raw).find()) {
                continue;
            }
            if (title == null && isSectionLabel(raw, lines, i, text)) {
                continue;
            }
            if (devanagariArticle && !hasDevanagari(raw)) {
                continue; // captions, bylines, tag runs and share bars of a Hindi page are all Latin-only
            }
            List<Span> parts = withoutImages(text, line);
            if (parts.isEmpty()) {
                continue;
            }
            if (title == null && isParagraph(text, parts.get(0))) {
                // No headline line: the page opens with the story; its first sentence names it, and stays content.
                title = SentenceSplitter.split(text, parts.get(0)).get(0);
                kept.addAll(parts);
            } else if (title == null) {
                title = parts.get(0);
                kept.addAll(parts.subList(1, parts.size()));
            } else {
                kept.addAll(parts);
            }
        }
        return new CleanedArticle(title, kept);
    }

    private static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(new Span(start, i));
                start = i + 1;
            }
        }
        lines.add(new Span(start, text.length()));
        return lines;
    }

    private static boolean isParagraph(String text, Span line) {
        return line.length() > TITLE_MAX_CHARS || SentenceSplitter.split(text, line).size() > 1;
    }

    private static String key(String line) {
        String k = line.toLowerCase(Locale.ROOT).trim();
        while (k.endsWith(":") || k.endsWith("-") || k.endsWith("।")) {
            k = k.substring(0, k.length() - 1).trim();
        }
        return k;
    }

    private static int skipNextNonBlank(List<Span> lines, int i, String text) {
        int j = i + 1;
        while (j < lines.size() && lines.get(j).trimmed(text).length() == 0) {
            j++;
        }
        return Math.min(j, lines.size() - 1);
    }

    /** A one- or two-word line above the headline ("विदेश", "World") names the site's section. */
    private static boolean isSectionLabel(String raw, List<Span> lines, int i, String text) {
        boolean shortLabel = raw.split("\\s+").length <= SECTION_LABEL_MAX_WORDS && !endsWithTerminator(raw);
        boolean followedByMore = false;
        for (int j = i + 1; j < lines.size() && !followedByMore; j++) {
            followedByMore = lines.get(j).trimmed(text).length() > raw.length();
        }
        return shortLabel && followedByMore;
    }

    private static List<Span> withoutImages(String text, Span line) {
        List<Span> parts = new ArrayList<>();
        Matcher m = IMAGE_MARKDOWN.matcher(text).region(line.start(), line.end());
        int from = line.start();
        while (m.find()) {
            addIfText(parts, text, new Span(from, m.start()));
            from = m.end();
        }
        addIfText(parts, text, new Span(from, line.end()));
        return parts;
    }

    private static void addIfText(List<Span> parts, String text, Span span) {
        Span t = span.trimmed(text);
        for (int i = t.start(); i < t.end(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                parts.add(t);
                return;
            }
        }
    }

    private static boolean endsWithTerminator(String raw) {
        char last = raw.charAt(raw.length() - 1);
        return last == '।' || last == '.' || last == '!' || last == '"' || last == '”';
    }

    static boolean hasDevanagari(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.DEVANAGARI);
    }

    private static double devanagariShare(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long deva = text.codePoints().filter(cp -> Character.isLetter(cp)
                && Character.UnicodeScript.of(cp) == Character.UnicodeScript.DEVANAGARI).count();
        return letters == 0 ? 0 : (double) deva / letters;
    }
}
