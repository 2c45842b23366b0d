package dev.khabar.query;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The language a question is written in, as far as answering cares. */
public enum Language {
    EN("en"), HI("hi"), HINGLISH("hinglish");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Common English words that Hinglish questions rarely use. */
    private static final Set<String> ENGLISH_MARKERS = Set.of("the", "is", "are", "was", "were", "what", "why", "when",
            "where", "who", "how", "did", "does", "do", "of", "to", "in", "and", "will", "would", "which", "whose",
            "about", "from", "with", "has", "have", "this", "that", "for", "on", "after", "many", "much", "there");

    /**
     * Devanagari-majority text is Hindi; Latin text is Hinglish when it has more romanized-Hindi function words than
     * English ones.
     */
    public static Language detect(String text, Lexicon lexicon) {
        // Code points, not letters: Devanagari vowel signs are marks, and a Hindi word would count short.
        long devanagari = text.codePoints()
                .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.DEVANAGARI).count();
        long latin = text.codePoints().filter(cp -> cp < 0x250 && Character.isLetter(cp)).count();
        if (devanagari > 0 && devanagari >= latin) {
            return HI;
        }
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).split("[^a-z]+"));
        long hinglish = words.stream().filter(lexicon::isHinglishFunctionWord).count();
        long english = words.stream().filter(ENGLISH_MARKERS::contains).count();
        return hinglish > english ? HINGLISH : EN;
    }
}
