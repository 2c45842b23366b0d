package dev.khabar.retrieval;

import dev.khabar.index.IndexView;
import dev.khabar.index.TermIndex;
import dev.khabar.ingest.Article;
import dev.khabar.ingest.Sentence;
import dev.khabar.query.Concept;
import dev.khabar.query.ExpandedQuery;
import dev.khabar.query.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Ranks chunks by how much of the question they cover, weighted by rarity, with a bonus when a sentence that
 * matches the question also carries what its intent asks for (a date for "when", a reason for "why"; for "what did
 * Putin say", Putin saying it, and another when the sentence names him as the one saying it). BM25 rewards one rare
 * word repeated; this rewards the passage that answers.
 */
public final class CoverageReranker implements Reranker {

    /** Headline words count for less: every chunk of the article shares them. */
    static final double TITLE_SHARE = 0.3;
    static final double INTENT_BONUS = 0.25;
    /** How much the fused order still counts, fading with rank. */
    static final double RANK_PRIOR = 0.2;

    private final Supplier<IndexView> context;

    public CoverageReranker(Supplier<IndexView> context) {
        this.context = context;
    }

    @Override
    public List<RankedChunk> rerank(ExpandedQuery query, List<RankedChunk> candidates, int k) {
        if (query.isEmpty() || candidates.isEmpty()) {
            return candidates.subList(0, Math.min(k, candidates.size()));
        }
        IndexView ctx = context.get();
        ConceptWeights weights = new ConceptWeights(query, ctx.lexical());
        Optional<Concept> speaker = Speaker.of(query);
        double total = Math.max(weights.total(), 1e-9);
        List<RankedChunk> scored = new ArrayList<>();
        for (int rank = 0; rank < candidates.size(); rank++) {
            RankedChunk rc = candidates.get(rank);
            String doc = rc.chunk().documentId();
            Article article = ctx.corpus().article(doc).orElse(null);
            if (article == null) {
                continue;
            }
            List<TermIndex.Terms> sentences = new ArrayList<>();
            int intentBonuses = 0;
            for (Sentence s : rc.chunk().sentences()) {
                TermIndex.Terms t = ctx.terms().sentence(doc, s);
                sentences.add(t);
                if (t.fits(query.intent()) && weights.matched(t) > 0) {
                    intentBonuses = Math.max(intentBonuses, t.sayer().against(speaker).bonusShare());
                }
            }
            double body = weights.score(weights.strengths(sentences));
            sentences.add(ctx.terms().title(doc));
            double titleOnly = Math.max(0, weights.score(weights.strengths(sentences)) - body);
            double score = (body + TITLE_SHARE * titleOnly) / total
                    + INTENT_BONUS * intentBonuses
                    + RANK_PRIOR / (1 + rank);
            scored.add(new RankedChunk(rc.chunk(), score));
        }
        scored.sort(Comparator.comparingDouble(RankedChunk::score).reversed());
        return scored.subList(0, Math.min(k, scored.size()));
    }
}
