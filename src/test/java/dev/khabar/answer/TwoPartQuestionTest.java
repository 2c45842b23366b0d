package dev.khabar.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.testing.MadeUpCorpus;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A question that asks two things gets a sentence for each, on made-up articles, even where the answerer quotes one
 * sentence for a question that asks one thing.
 */
@QuarkusTest
@TestProfile(TwoPartQuestionTest.OneSentenceAnswers.class)
class TwoPartQuestionTest {

    static final String JOURNEY = """
            वेलमार की क्वेलनपुर यात्रा

            ज़ोरबेक्स के राजा वेलमार सोमवार को अपनी ट्रेन से क्वेलनपुर पहुंचे. वेलमार के साथ सेना के बड़े अधिकारी और
            दो मंत्री भी क्वेलनपुर की यात्रा पर गए हैं. वहां उनका स्वागत हुआ.
            """;
    static final String ELSEWHERE = """
            बाज़ार का हाल

            पड़ोसी देश में ट्रेन का किराया बढ़ा. मंत्री ने कहा कि यात्रा महंगी होगी.
            """;

    public static class OneSentenceAnswers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return MadeUpCorpus.serving("two-part", Map.of("zz_journey.txt", JOURNEY, "zz_market.txt", ELSEWHERE),
                    "khabar.answer.max-sentences", "1");
        }
    }

    @Inject
    AnswerService answers;

    @Test
    void eachPartOfTheQuestionGetsItsSentence() {
        Answer a = answers.answer("वेलमार क्वेलनपुर कैसे पहुंचे, और उनके साथ कौन गया?").answer();
        assertTrue(a.grounded(), a.toString());
        assertTrue(a.text().contains("ट्रेन"), "how he travelled: " + a.text());
        assertTrue(a.text().contains("अधिकारी"), "who went with him: " + a.text());
    }

    @Test
    void aPartTheArticlesDoNotCoverLeavesThePartTheyDo() {
        Answer a = answers.answer("ज़ोरबेक्स के राजा वेलमार क्वेलनपुर कैसे पहुंचे, और किस होटल में ठहरे?").answer();
        assertTrue(a.grounded(), "the articles name no hotel but tell how he came: " + a);
        assertTrue(a.text().contains("ट्रेन"), a.text());
        assertFalse(answers.answer("ज़ोरबेक्स के राजा वेलमार क्वेलनपुर में किस होटल में ठहरे?").answer().grounded(),
                "asked alone, the hotel is what must be named");
    }

    @Test
    void aQuestionAskingOneThingGetsOneSentence() {
        Answer a = answers.answer("वेलमार क्वेलनपुर कैसे पहुंचे?").answer();
        assertEquals(1, a.citations().size(), a.text());
        assertTrue(a.text().contains("ट्रेन"), a.text());
    }
}
