package dev.khabar.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTest {

    private static final BilingualQueryTransformer TRANSFORMER = new BilingualQueryTransformer(Lexicon.load());

    private static List<String> describing(String question) {
        ExpandedQuery q = TRANSFORMER.transform(question);
        return Source.describingWords(q).stream().mapToObj(i -> q.concepts().get(i).surface()).toList();
    }

    @Test
    void theWordsDescribingASourceAreFoundButNotItsName() {
        List<String> words = describing("According to the US national security official, what might North Korea demand"
                + " from Moscow?");
        assertTrue(words.contains("official"), words.toString());
        assertTrue(words.stream().noneMatch(w -> w.equalsIgnoreCase("us") || w.equals("demand")), words.toString());
    }

    @Test
    void aSourceGivenByNameOrNoSourceAtAllHasNoDescribingWords() {
        assertEquals(List.of(), describing("According to NHK, what kind of help is North Korea looking for?"));
        assertEquals(List.of(), describing("Kirby ke mutabik North Korea kya maang sakta hai?"));
        assertEquals(List.of(), describing("What might North Korea demand from Moscow?"));
    }

    @Test
    void aDescriptionEndingOnTheSourcesNameIsTheReadersNotTheArticles() {
        // (the glossary knows "Japan's public broadcaster" as NHK itself; "public television broadcaster" it does not)
        ExpandedQuery q = TRANSFORMER.transform("What did Japanese public television broadcaster NHK report about the"
                + " war?");
        List<String> words = Source.describingANamedSource(q).stream().mapToObj(i -> q.concepts().get(i).surface())
                .toList();
        assertTrue(words.contains("broadcaster") && !words.contains("NHK") && !words.contains("war"), words.toString());
        assertTrue(Source.describingANamedSource(TRANSFORMER.transform("What did the public broadcaster report?"))
                .isEmpty(), "a source only described is what the articles must be found to say");
    }

    @Test
    void hinglishTellsTheSourceFirst() {
        List<String> words = describing("US ke security officials ke mutabik North Korea kya maang sakta hai?");
        assertTrue(words.contains("officials") || words.contains("security officials"), words.toString());
    }
}
