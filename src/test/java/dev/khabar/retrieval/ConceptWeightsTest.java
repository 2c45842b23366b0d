package dev.khabar.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.index.IndexView;
import dev.khabar.ingest.IngestionService;
import dev.khabar.query.BilingualQueryTransformer;
import dev.khabar.query.Concept;
import dev.khabar.query.ExpandedQuery;
import dev.khabar.query.Lexicon;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Concept weights on the seed articles, where Russia and North Korea are in nearly every passage. */
@QuarkusTest
class ConceptWeightsTest {

    @Inject
    IngestionService ingestion;

    private static int indexOf(ExpandedQuery q, String surface) {
        for (int i = 0; i < q.concepts().size(); i++) {
            if (q.concepts().get(i).surface().equals(surface)) {
                return i;
            }
        }
        throw new AssertionError(surface + " not among " + q.concepts().stream().map(Concept::surface).toList());
    }

    @Test
    void aNameEveryPassageHoldsWeighsNextToNothingExceptWhenPassagesAreCompared() {
        IndexView view = ingestion.view();
        ExpandedQuery q = new BilingualQueryTransformer(Lexicon.load()).transform("Why does Russia face sanctions?");
        int russia = indexOf(q, "russia");
        int sanctions = indexOf(q, "sanctions");

        ConceptWeights plain = new ConceptWeights(q, view.lexical());
        assertTrue(plain.weight(russia) < 0.1, "too common to tell whether the articles answer: " + plain.describe());

        ConceptWeights ranking = plain.withNameFloor(0.3);
        assertEquals(0.3, ranking.weight(russia), 1e-9, "the passage about Russia outranks one about North Korea");
        assertEquals(plain.weight(sanctions), ranking.weight(sanctions), 1e-9, "other words weigh as before");
    }

    /** The weight of the concept {@code surface} in {@code question}, and its kind. */
    private record Weighed(double weight, Concept.Kind kind, String all) {
    }

    private Weighed weigh(String question, String surface) {
        ExpandedQuery q = new BilingualQueryTransformer(Lexicon.load()).transform(question);
        ConceptWeights weights = new ConceptWeights(q, ingestion.view().lexical());
        int i = indexOf(q, surface);
        return new Weighed(weights.weight(i), q.concepts().get(i).kind(), weights.describe());
    }

    @Test
    void aHindiVerbWeighsLessThanTheSameWordNamingSomething() {
        Weighed verb = weigh("उत्तर कोरिया ने रूस को क्या भेजा था?", "भेजा");
        Weighed word = weigh("उत्तर कोरिया ने रूस को भेजा क्या?", "भेजा");
        assertEquals(Concept.Kind.HINDI_VERB, verb.kind());
        assertEquals(0.75, verb.weight() / word.weight(), 1e-9, "the articles may say दिया where the question says भेजा");
    }

    @Test
    void aGenericAdjectiveTheArticlesLackWeighsLittleAndAClassifyingOneMuch() {
        Weighed old = weigh("What kind of old weapons does North Korea have?", "old");
        Weighed hypersonic = weigh("What kind of hypersonic weapons does North Korea have?", "hypersonic");
        assertEquals(Concept.Kind.QUALIFIER, old.kind());
        assertTrue(old.weight() < 1, "\"old\" narrows, the article may not: " + old.all());
        assertTrue(hypersonic.weight() > 3 * old.weight(), "hypersonic weapons are another topic: " + hypersonic.all());
    }
}
