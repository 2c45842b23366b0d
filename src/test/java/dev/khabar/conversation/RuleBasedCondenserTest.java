package dev.khabar.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBasedCondenserTest {

    /** Names are the capitalized words, enough to show what the condenser does with them. */
    final RuleBasedCondenser condenser = new RuleBasedCondenser(q -> Arrays.stream(q.split("[\\s?.,]+"))
            .filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.equals("What") && !w.equals("Where"))
            .toList());

    static final List<Turn> KIM_IN_RUSSIA = List.of(
            new Turn("Where did Kim Jong Un go by train?", "Where did Kim Jong Un go by train?",
                    List.of("Kim", "Jong", "Un")));

    @Test
    void aFollowUpThatPointsBackCarriesOverTheNames() {
        assertEquals("What did he say there? (Kim, Jong, Un)", condenser.condense(KIM_IN_RUSSIA, "What did he say there?"));
        assertEquals("unhone wahan kya kaha? (Kim, Jong, Un)", condenser.condense(KIM_IN_RUSSIA, "unhone wahan kya kaha?"));
        assertEquals("उन्होंने वहां क्या कहा? (Kim, Jong, Un)", condenser.condense(KIM_IN_RUSSIA, "उन्होंने वहां क्या कहा?"));
    }

    @Test
    void aQuestionThatStandsOnItsOwnIsLeftAlone() {
        assertEquals("Why is Putin going to North Korea?",
                condenser.condense(KIM_IN_RUSSIA, "Why is Putin going to North Korea?"));
        assertEquals("What did he say there?", condenser.condense(List.of(), "What did he say there?"));
    }

    @Test
    void namesAlreadyInTheQuestionAreNotRepeatedAndOlderTurnsAreSearched() {
        assertEquals("What did Kim say there? (Jong, Un)", condenser.condense(KIM_IN_RUSSIA, "What did Kim say there?"));
        List<Turn> history = List.of(KIM_IN_RUSSIA.get(0), new Turn("why?", "why?", List.of()));
        assertEquals("And then? (Kim, Jong, Un)", condenser.condense(history, "And then?"));
        assertEquals("he said what he said there? (Kim, Jong, Un)",
                condenser.condense(history, "he said what he said there?"), "repeated words");
    }
}
