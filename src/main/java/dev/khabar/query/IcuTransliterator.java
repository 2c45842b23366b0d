package dev.khabar.query;

import com.ibm.icu.text.Transliterator;

/** Latin → Devanagari by ICU's ISO 15919 rules: good for names ("putin" → पुतिन), rough for Hinglish spellings. */
public final class IcuTransliterator {

    private final Transliterator latinToDevanagari = Transliterator.getInstance("Latin-Devanagari");

    public synchronized String toDevanagari(String latinWord) {
        String out = latinToDevanagari.transliterate(latinWord.toLowerCase(java.util.Locale.ROOT));
        // ISO 15919 marks a final consonant with a virama; Hindi spelling leaves the inherent vowel silent.
        return out.endsWith("\u094D") ? out.substring(0, out.length() - 1) : out;
    }
}
