package dev.khabar.ingest;

import java.util.ArrayList;
import java.util.List;

/** Packs sentences into chunks of at most {@code maxChars}, repeating {@code overlap} sentences across a boundary. */
public final class Chunker {

    private final int maxChars;
    private final int overlap;

    public Chunker(int maxChars, int overlap) {
        if (maxChars < 1 || overlap < 0) {
            throw new IllegalArgumentException("maxChars must be positive and overlap not negative");
        }
        this.maxChars = maxChars;
        this.overlap = overlap;
    }

    public List<Chunk> chunk(String documentId, String title, String text, List<Sentence> sentences) {
        List<Chunk> chunks = new ArrayList<>();
        int first = 0;
        while (first < sentences.size()) {
            int last = first;
            int chars = sentences.get(first).span().length();
            while (last + 1 < sentences.size() && chars + sentences.get(last + 1).span().length() + 1 <= maxChars) {
                last++;
                chars += sentences.get(last).span().length() + 1;
            }
            List<Sentence> members = sentences.subList(first, last + 1);
            chunks.add(new Chunk(documentId, title, chunks.size(), members, join(text, members)));
            if (last + 1 >= sentences.size()) {
                break;
            }
            first = Math.max(first + 1, last + 1 - overlap);
        }
        return chunks;
    }

    /** Sentences as written, a space between sentences of one paragraph and a line break between paragraphs. */
    static String join(String text, List<Sentence> sentences) {
        StringBuilder sb = new StringBuilder();
        Sentence previous = null;
        for (Sentence s : sentences) {
            if (previous != null) {
                sb.append(previous.paragraph() == s.paragraph() ? " " : "\n");
            }
            sb.append(s.span().of(text));
            previous = s;
        }
        return sb.toString();
    }
}
