package dev.khabar.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one normalization used wherever two pieces of text are compared: NFC, no zero-width joiners, folded case.
 * Nukta is left in place here; the Hindi analyzer folds it for search, while quoted text must stay verbatim.
 */
public final class TextNormalizer {

    private static final Pattern ZERO_WIDTH = Pattern.compile("[\u200B\u200C\u200D\u2060\uFEFF]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextNormalizer() {
    }

    public static String nfc(String text) {
        return ZERO_WIDTH.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("");
    }

    /** For case-insensitive containment checks: NFC, no zero-width characters, lower case, single spaces. */
    public static String forMatching(String text) {
        return SPACES.matcher(nfc(text).toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
