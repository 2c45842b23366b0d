package dev.khabar.answer;

import dev.khabar.query.Language;

/** "Not in the articles", said in the question's language. */
public final class Refusals {

    private Refusals() {
    }

    public static String notFound(Language language) {
        return switch (language) {
            case HI -> "यह जानकारी उपलब्ध लेखों में नहीं मिली।";
            case HINGLISH -> "Yeh jaankari articles mein nahin mili. (The articles do not say.)";
            case EN -> "The articles do not say. I found nothing in them that answers this question.";
        };
    }
}
