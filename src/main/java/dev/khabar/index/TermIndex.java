package dev.khabar.index;

import dev.khabar.ingest.Article;
import dev.khabar.ingest.Corpus;
import dev.khabar.ingest.Sentence;
import dev.khabar.query.Intent;
import dev.khabar.query.IntentCues;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The analyzed terms of every sentence and headline, per field, so sentences can be scored and a question's words
 * checked against a passage without going back to Lucene.
 */
public final class TermIndex {

    /**
     * Terms of one piece of text in each analyzed field, and the kinds of answer it carries (a date, a reason…):
     * both are looked up for every candidate sentence of every question, so they are worked out once, here.
     */
    public record Terms(Set<String> hi, Set<String> en, Set<String> rom, Set<Intent> cues) {

        static Terms of(String text) {
            return new Terms(set(Analyzers.HI, text), set(Analyzers.EN, text), set(Analyzers.ROM, text),
                    IntentCues.of(text));
        }

        /** For text that is matched against questions but never quoted as an answer, so needs no cues. */
        static Terms withoutCues(String text) {
            return new Terms(set(Analyzers.HI, text), set(Analyzers.EN, text), set(Analyzers.ROM, text), Set.of());
        }

        /** Whether the text carries what a question of this intent asks for; see {@link IntentCues}. */
        public boolean fits(Intent intent) {
            return cues.contains(intent);
        }

        /** Every term of any of {@code parts}, each field apart; no answer cues, as none is quoted. */
        static Terms union(java.util.Collection<Terms> parts) {
            Set<String> hi = new HashSet<>();
            Set<String> en = new HashSet<>();
            Set<String> rom = new HashSet<>();
            parts.forEach(t -> {
                hi.addAll(t.hi());
                en.addAll(t.en());
                rom.addAll(t.rom());
            });
            return new Terms(Set.copyOf(hi), Set.copyOf(en), Set.copyOf(rom), Set.of());
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

    private final Map<String, List<Terms>> sentences;
    private final Map<String, Terms> titles;
    private final List<Terms> boilerplateLines;
    private final Terms boilerplate;

    public TermIndex(Corpus corpus) {
        // Analyzing every sentence three ways is most of a restart's work on a large corpus; articles are
        // independent, and Lucene's analyzers keep their state per thread.
        this.sentences = corpus.articles().values().parallelStream().collect(Collectors.toConcurrentMap(Article::id,
                a -> a.sentences().stream().map(s -> Terms.of(a.quote(s.span()))).toList()));
        this.titles = corpus.articles().values().parallelStream()
                .collect(Collectors.toConcurrentMap(Article::id, a -> Terms.withoutCues(a.title())));
        // Sites repeat their furniture (teasers, link lists) on every page: each distinct line is analyzed once.
        this.boilerplateLines = corpus.articles().values().stream().flatMap(a -> a.boilerplate().stream())
                .distinct().toList().parallelStream().map(Terms::withoutCues).toList();
        this.boilerplate = Terms.union(boilerplateLines);
    }

    public Terms sentence(String documentId, Sentence s) {
        return sentences.get(documentId).get(s.index());
    }

    public Terms title(String documentId) {
        return titles.get(documentId);
    }

    /** The terms of all the articles' page boilerplate together; see {@link Article#boilerplate()}. */
    public Terms boilerplate() {
        return boilerplate;
    }

    /** The terms of each distinct line of page boilerplate. */
    public List<Terms> boilerplateLines() {
        return boilerplateLines;
    }
}
