package dev.khabar.answer;

/**
 * Source {@code [n]} of an answer: a verbatim snippet of an article and where it stands in the article's file
 * ({@code start}/{@code end} count code points of the UTF-8 decoded file, end exclusive).
 */
public record Citation(int n, String documentId, String title, String snippet, int start, int end) {
}
