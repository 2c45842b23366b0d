package dev.khabar.query;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Latin → Devanagari by ICU's ISO 15919 rules: good for names ("putin" → पुतिन). Hinglish is spelt another way, so
 * a Hinglish word is first respelt in ISO 15919: "saare" → सारे, "hisaab" → हिसाब, "pahunchne" → पहुंचने. Short
 * vowels Hinglish does not mark ("dikhaya" for दिखाया) stay short: a guess, weighted as one.
 */
public final class IcuTransliterator {

    private final Transliterator latinToDevanagari = Transliterator.getInstance("Latin-Devanagari");

    public String toDevanagari(String latinWord) {
        return transliterate(latinWord.toLowerCase(Locale.ROOT));
    }

    /** A word of a Hinglish question that is not a name. */
    public String hinglishToDevanagari(String latinWord) {
        return transliterate(iso15919(latinWord.toLowerCase(Locale.ROOT)));
    }

    private synchronized String transliterate(String latin) {
        String out = latinToDevanagari.transliterate(latin);
        // ISO 15919 marks a final consonant with a virama; Hindi spelling leaves the inherent vowel silent.
        return out.endsWith("\u094D") ? out.substring(0, out.length() - 1) : out;
    }

    /**
     * Hinglish doubles a vowel to lengthen it ("aa", "ee", "oo"), writes च as "ch" and छ as "chh", श as "sh", ए and
     * ओ as "e" and "o", and ends a word on "a" for आ ("diya", "raha"), where ISO 15919 has ā, ī, ū, c, ch, ś, ē, ō
     * and a silent final a.
     */
    static String iso15919(String w) {
        String s = w.replace("chh", "\u0001").replace("ch", "c").replace("\u0001", "ch")
                .replace("aa", "ā").replace("ee", "ī").replace("ii", "ī").replace("oo", "ū").replace("uu", "ū")
                .replace("sh", "ś").replace('w', 'v').replace('e', 'ē').replace('o', 'ō');
        return s.length() > 2 && s.endsWith("a") ? s.substring(0, s.length() - 1) + "ā" : s;
    }
}
