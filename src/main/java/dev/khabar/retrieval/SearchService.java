package dev.khabar.retrieval;

import dev.khabar.config.KhabarConfig;
import dev.khabar.ingest.IngestionService;
import dev.khabar.query.BilingualQueryTransformer;
import dev.khabar.query.ExpandedQuery;
import dev.khabar.query.Lexicon;
import dev.khabar.query.QueryTransformer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Query transformer → lexical and dense retrievers → fuser → reranker: the retrieval half of the pipeline. */
@ApplicationScoped
public class SearchService {

    /** A transformed question and the chunks found for it. */
    public record Retrieval(ExpandedQuery query, List<RankedChunk> chunks) {
    }

    private final QueryTransformer transformer;
    private final List<Retriever> retrievers;
    private final Fuser fuser;
    private final Reranker reranker;
    private final int candidatesPerResult;

    public SearchService(IngestionService ingestion, KhabarConfig config) {
        KhabarConfig.Retrieval r = config.retrieval();
        this.transformer = new BilingualQueryTransformer(Lexicon.load());
        this.retrievers = List.of(
                new LexicalRetriever(ingestion, new LuceneQueryBuilder(r.titleBoost())),
                new DenseRetriever(ingestion));
        this.fuser = new WeightedRrfFuser(r.rrfK(), r.lexicalWeight(), r.denseWeight());
        this.candidatesPerResult = r.candidatesPerResult();
        this.reranker = new CoverageReranker(ingestion::view);
    }

    public ExpandedQuery transform(String question) {
        return transformer.transform(question);
    }

    public Retrieval search(String question, int k) {
        return search(transform(question), k);
    }

    public Retrieval search(ExpandedQuery query, int k) {
        int candidates = Math.max(k, k * candidatesPerResult);
        List<List<RankedChunk>> rankings = new ArrayList<>();
        for (Retriever retriever : retrievers) {
            rankings.add(retriever.retrieve(query, candidates));
        }
        return new Retrieval(query, reranker.rerank(query, fuser.fuse(rankings, candidates), k));
    }
}
