package dev.khabar.llm;

import dev.khabar.answer.Answer;
import dev.khabar.answer.Citation;
import dev.khabar.answer.Refusals;
import dev.khabar.ingest.Article;
import dev.khabar.ingest.Corpus;
import dev.khabar.ingest.Sentence;
import dev.khabar.query.Language;
import dev.khabar.retrieval.RankedChunk;
import dev.khabar.text.TextNormalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a model's reply into a cited {@link Answer}: each {@code [n]} names source chunk n, and becomes a citation of
 * that chunk's sentence closest to the claim, quoted verbatim with its offsets. Markers outside 1..k are dropped
 * with a warning; a reply that cites nothing is withheld, never passed on as an uncited claim.
 */
public final class MarkerMapper {

    private static final Pattern MARKER = Pattern.compile("\\s?\\[(\\d{1,3})]");
    private static final Pattern CLAIM_END = Pattern.compile("(?<=[.!?।])\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private MarkerMapper() {
    }

    public static Answer map(String reply, String question, Language language, List<RankedChunk> chunks,
            Corpus corpus, String answerer) {
        List<String> warnings = new ArrayList<>();
        Map<Integer, Citation> citations = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (String claim : CLAIM_END.split(reply.strip())) {
            Matcher m = MARKER.matcher(claim);
            StringBuilder kept = new StringBuilder();
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                if (n < 1 || n > chunks.size()) {
                    warnings.add("the model cited [" + n + "], which is not one of its " + chunks.size()
                            + " sources; the marker was removed");
                    m.appendReplacement(kept, "");
                    continue;
                }
                String plain = MARKER.matcher(claim).replaceAll("");
                Citation c = citations.computeIfAbsent(n, k -> cite(k, plain + " " + question, chunks.get(k - 1),
                        corpus));
                m.appendReplacement(kept, c == null ? "" : Matcher.quoteReplacement(m.group()));
            }
            m.appendTail(kept);
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(kept.toString().strip());
        }
        citations.values().removeIf(java.util.Objects::isNull);
        if (citations.isEmpty()) {
            warnings.add("the model's answer cited no source, so it was withheld");
            return new Answer(Refusals.notFound(language), false, List.of(), answerer, warnings);
        }
        return new Answer(text.toString(), true, new ArrayList<>(citations.values()), answerer, warnings);
    }

    /** The sentence of {@code chunk} sharing most words with the claim (and question); the first on a tie. */
    static Citation cite(int n, String claim, RankedChunk chunk, Corpus corpus) {
        Article article = corpus.article(chunk.chunk().documentId()).orElse(null);
        if (article == null || chunk.chunk().sentences().isEmpty()) {
            return null;
        }
        Set<String> words = words(claim);
        Sentence best = null;
        int bestShared = -1;
        for (Sentence s : chunk.chunk().sentences()) {
            Set<String> own = words(article.quote(s.span()));
            own.retainAll(words);
            if (own.size() > bestShared) {
                best = s;
                bestShared = own.size();
            }
        }
        return new Citation(n, article.id(), article.title(), article.quote(best.span()),
                article.codePointOffset(best.span().start()), article.codePointOffset(best.span().end()));
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(TextNormalizer.forMatching(text));
        while (m.find()) {
            if (m.group().length() > 2) {
                words.add(m.group());
            }
        }
        return words;
    }
}
