package dev.khabar.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionPartsTest {

    private final BilingualQueryTransformer transformer = new BilingualQueryTransformer(Lexicon.of(
            Map.of("kim", List.of("किम"), "russia", List.of("रूस"), "train", List.of("ट्रेन"),
                    "party", List.of("दल")),
            Map.of("diya", List.of("दिया")), Set.of("ko", "ne", "tha", "aur", "kya", "kab")));

    private List<QuestionParts.Part> parts(String question) {
        return QuestionParts.of(transformer.transform(question));
    }

    private static List<String> surfaces(ExpandedQuery q, QuestionParts.Part part) {
        return part.concepts().stream().mapToObj(i -> q.concepts().get(i).surface()).toList();
    }

    @Test
    void aQuestionAskingTwoThingsHasAPartForEachWithItsOwnIntent() {
        ExpandedQuery q = transformer.transform("How did Kim get to Russia, and who made up his travelling party?");
        List<QuestionParts.Part> parts = QuestionParts.of(q);
        assertEquals(2, parts.size(), parts.toString());
        assertEquals(Intent.MEANS, parts.get(0).intent());
        assertEquals(Intent.PERSON, parts.get(1).intent());
        assertTrue(surfaces(q, parts.get(1)).containsAll(List.of("party", "kim")),
                "the second part's own words and the name it refers back to: " + surfaces(q, parts.get(1)));
        assertTrue(!surfaces(q, parts.get(0)).contains("party"), surfaces(q, parts.get(0)).toString());
    }

    @Test
    void aPartNamingNothingIsAboutEverythingTheQuestionNames() {
        ExpandedQuery q = transformer.transform("Wagner group ko Kim ne kya diya tha aur kab?");
        List<QuestionParts.Part> parts = QuestionParts.of(q);
        assertEquals(2, parts.size(), parts.toString());
        assertEquals(Intent.TIME, parts.get(1).intent());
        assertEquals(q.concepts().size(), parts.get(1).concepts().cardinality(), q.concepts().toString());

        List<QuestionParts.Part> whenAndWhere = parts("When and where did Kim meet Putin?");
        assertEquals(List.of(Intent.TIME, Intent.PLACE), whenAndWhere.stream().map(QuestionParts.Part::intent).toList());
    }

    @Test
    void twoQuestionsInOneMessageAreTwoParts() {
        List<QuestionParts.Part> parts = parts("putin aakhri baar north korea kab gaye the? kitne saal baad ja rahe h");
        assertEquals(List.of(Intent.TIME, Intent.DURATION), parts.stream().map(QuestionParts.Part::intent).toList());
        assertEquals(List.of(), parts("Kim's train? where did it stop"), "the first asks nothing");
    }

    @Test
    void oneThingAskedIsOnePart() {
        assertEquals(List.of(), parts("How did Kim travel to Russia?"));
        assertEquals(List.of(), parts("What did Russia and North Korea agree?"), "\"and\" between names");
        assertEquals(List.of(), parts("किम रूस के अलावा और किस देश से साझेदारी बढ़ा रहे हैं?"),
                "\"and which\": which other");
        assertEquals(List.of(), parts("According to the US, what did North Korea supply?"));
    }
}
