package dev.khabar.retrieval;

import dev.khabar.index.Analyzers;
import dev.khabar.query.Alternative;
import dev.khabar.query.Concept;
import dev.khabar.query.ExpandedQuery;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * One SHOULD clause per concept, each a dis-max over the concept's renderings in body and headline fields, so a
 * chunk is rewarded for covering many question words rather than for repeating one.
 */
public final class LuceneQueryBuilder {

    /** Words two apart still count as the phrase ("सुरक्षा परिषद" in "सुरक्षा की परिषद"). */
    private static final int PHRASE_SLOP = 2;

    private final float titleBoost;

    public LuceneQueryBuilder(float titleBoost) {
        this.titleBoost = titleBoost;
    }

    public Query build(ExpandedQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Concept concept : query.concepts()) {
            List<Query> renderings = new ArrayList<>();
            for (Alternative alt : concept.alternatives()) {
                renderings.add(boost(match(alt.field(), alt.terms()), alt.boost()));
                renderings.add(boost(match(Analyzers.TITLE_PREFIX + alt.field(), alt.terms()), alt.boost() * titleBoost));
            }
            all.add(new DisjunctionMaxQuery(renderings, 0.1f), BooleanClause.Occur.SHOULD);
        }
        return all.build();
    }

    private static Query match(String field, List<String> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(PHRASE_SLOP);
        terms.forEach(t -> phrase.add(new Term(field, t)));
        return phrase.build();
    }

    private static Query boost(Query q, float boost) {
        return boost == 1f ? q : new BoostQuery(q, boost);
    }
}
