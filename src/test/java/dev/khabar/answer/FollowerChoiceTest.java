package dev.khabar.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.testing.MadeUpCorpus;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which sentence the extractive answerer quotes after its best one, on made-up articles: the one that adds a part of
 * the question not yet answered, over one from another article that says the same thing again.
 */
@QuarkusTest
@TestProfile(FollowerChoiceTest.ThreeArticles.class)
class FollowerChoiceTest {

    static final String CAPITAL_AND_CURRENCY = """
            ज़ोरबेक्स की जानकारी

            ज़ोरबेक्स की राजधानी क्वेलनपुर है. ज़ोरबेक्स की मुद्रा ग्लिम कहलाती है.
            """;
    static final String CAPITAL_AGAIN = """
            ज़ोरबेक्स की राजधानी क्वेलनपुर

            ज़ोरबेक्स की राजधानी क्वेलनपुर एक पुराना शहर है.
            """;
    /** So that "currency" is no rarer than "capital": the best sentence is then the one about the capital. */
    static final String CURRENCY_ELSEWHERE = """
            बाज़ार का हाल

            पड़ोसी देश की मुद्रा कमजोर हुई.
            """;

    public static class ThreeArticles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return MadeUpCorpus.serving("follower", Map.of("zz_facts.txt", CAPITAL_AND_CURRENCY,
                    "zz_travel.txt", CAPITAL_AGAIN, "zz_market.txt", CURRENCY_ELSEWHERE),
                    "khabar.answer.max-sentences", "2");
        }
    }

    @Inject
    AnswerService answers;

    @Test
    void theSecondSentenceAnswersThePartTheFirstLeftOpen() {
        Answer a = answers.answer("ज़ोरबेक्स की राजधानी क्वेलनपुर और मुद्रा क्या है?").answer();
        assertTrue(a.grounded(), a.toString());
        assertEquals(2, a.citations().size(), a.text());
        assertTrue(a.text().contains("क्वेलनपुर"), a.text());
        assertTrue(a.text().contains("ग्लिम"), "the currency, not the capital said again: " + a.text());
    }
}
