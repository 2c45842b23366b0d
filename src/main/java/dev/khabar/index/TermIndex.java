package dev.khabar.index;

import dev.khabar.ingest.Article;
import dev.khabar.ingest.Corpus;
import dev.khabar.ingest.Sentence;
import dev.khabar.query.Attribution;
import dev.khabar.query.Intent;
import dev.khabar.query.IntentCues;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analyzed terms of every sentence, headline and line of page boilerplate, per field, so sentences can be scored
 * and a question's words checked against a passage without going back to Lucene.
 *
 * <p>An article's terms are worked out the first time a question reaches it, not at ingestion: analyzing every
 * sentence three ways was most of a restart on a large corpus, while a question only ever reads the few articles it
 * retrieves. Articles that a re-ingestion leaves unchanged keep the terms already worked out.
 */
public final class TermIndex {

    /**
     * Terms of one piece of text in each analyzed field, the kinds of answer it carries (a date, a reason…) and whom
     * it names as saying what it reports: all are looked up for every candidate sentence of every question, so they
     * are worked out once, here.
     */
    public record Terms(Set<String> hi, Set<String> en, Set<String> rom, Set<Intent> cues,
            Attribution.Sayer sayer) {

        static Terms of(String text) {
            return new Terms(set(Analyzers.HI, text), set(Analyzers.EN, text), set(Analyzers.ROM, text),
                    IntentCues.of(text), Attribution.Sayer.of(text));
        }

        /** For text that is matched against questions but never quoted as an answer, so needs no cues. */
        static Terms withoutCues(String text) {
            return new Terms(set(Analyzers.HI, text), set(Analyzers.EN, text), set(Analyzers.ROM, text), Set.of(),
                    Attribution.Sayer.UNNAMED);
        }

        /** Whether the text carries what a question of this intent asks for; see {@link IntentCues}. */
        public boolean fits(Intent intent) {
            return cues.contains(intent);
        }

        /** Whether the text carries any of {@code kinds}. */
        public boolean fitsAny(Set<Intent> kinds) {
            return kinds.stream().anyMatch(cues::contains);
        }

        public Set<String> field(String name) {
            return switch (name) {
                case Analyzers.HI -> hi;
                case Analyzers.EN -> en;
                case Analyzers.ROM -> rom;
                default -> Set.of();
            };
        }

        private static Set<String> set(String field, String text) {
            return Set.copyOf(Analyzers.terms(field, text));
        }
    }

    /** One article's terms, and the article they were worked out from. */
    private record ArticleTerms(Article article, List<Terms> sentences, Terms title, List<Terms> boilerplate) {

        static ArticleTerms of(Article a) {
            return new ArticleTerms(a, a.sentences().stream().map(s -> Terms.of(a.quote(s.span()))).toList(),
                    Terms.withoutCues(a.title()), a.boilerplate().stream().map(Terms::withoutCues).toList());
        }
    }

    private final Corpus corpus;
    private final Map<String, ArticleTerms> byArticle = new ConcurrentHashMap<>();

    public TermIndex(Corpus corpus) {
        this.corpus = corpus;
    }

    /** An index over {@code corpus} that reuses what {@code previous} worked out for the same, unchanged articles. */
    public TermIndex(Corpus corpus, TermIndex previous) {
        this(corpus);
        previous.byArticle.forEach((id, terms) -> corpus.article(id)
                .filter(a -> a == terms.article())
                .ifPresent(a -> byArticle.put(id, terms)));
    }

    public Terms sentence(String documentId, Sentence s) {
        return of(documentId).sentences().get(s.index());
    }

    public Terms title(String documentId) {
        return of(documentId).title();
    }

    /** Each line of the article's page boilerplate; see {@link Article#boilerplate()}. */
    public List<Terms> boilerplate(String documentId) {
        return of(documentId).boilerplate();
    }

    private ArticleTerms of(String documentId) {
        return byArticle.computeIfAbsent(documentId, id -> ArticleTerms.of(corpus.article(id)
                .orElseThrow(() -> new IllegalArgumentException("no article " + id))));
    }
}
