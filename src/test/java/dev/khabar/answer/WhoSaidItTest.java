package dev.khabar.answer;

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
 * "What did X say" is answered by the sentence in which X is the one saying it, on a made-up article where two people
 * each speak to the other, both are named in both sentences, and only the first shares the question's "भेंट". "Who
 * did it" is not answered by a deed told in the passive with nobody doing it, nor "what did X claim" by a claim
 * whose sentence does not name X.
 */
@QuarkusTest
@TestProfile(WhoSaidItTest.MadeUpExchange.class)
class WhoSaidItTest {

    static final String EXCHANGE = """
            दरवेन और ओस्तार की भेंट

            भेंट के दौरान ओस्तार ने दरवेन से कहा कि घाटी का पुल अगले साल बनेगा.

            शाम को दरवेन ने ओस्तार से कहा कि घाटी में अकाल पड़ा है.
            """;

    /** One welcome with nobody named, one with the doer named. */
    static final String WELCOMES = """
            तालेन की यात्रा

            तालेन ट्रेन से मार्विक पहुंचे. यहां उनका भव्य स्वागत किया गया.

            क्रेलिया में राजा सोरेन ने नाविकों का स्वागत किया.
            """;

    /** A claim the agency reports without saying whose, and Krelia's own claim. */
    static final String CLAIMS = """
            घाटी की खदान

            मार्विक की समाचार एजेंसी के अनुसार, घाटी की खदान में सोना मिलने का दावा जल्द जांचा जाएगा.

            क्रेलिया का दावा है कि घाटी में सोना मिला है.
            """;

    public static class MadeUpExchange implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return MadeUpCorpus.serving("exchange", Map.of("zz_exchange.txt", EXCHANGE, "zz_welcomes.txt", WELCOMES,
                    "zz_claims.txt", CLAIMS), "khabar.answer.max-sentences", "1");
        }
    }

    @Inject
    AnswerService answers;

    @Test
    void eachSpeakersWordsAnswerWhatTheySaid() {
        String darven = answers.answer("भेंट में दरवेन ने ओस्तार से क्या कहा?").answer().text();
        assertTrue(darven.contains("अकाल") && !darven.contains("पुल"), darven);
        String ostar = answers.answer("भेंट में ओस्तार ने दरवेन से क्या कहा?").answer().text();
        assertTrue(ostar.contains("पुल") && !ostar.contains("अकाल"), ostar);
    }

    @Test
    void aClaimNotNextToTheSpeakersNameIsSomeoneElses() {
        String krelia = answers.answer("क्रेलिया ने घाटी की खदान में सोने के बारे में क्या दावा किया?").answer().text();
        assertTrue(krelia.startsWith("क्रेलिया का दावा"), krelia);
    }

    @Test
    void whoDidItIsNotAnsweredByADeedWithNobodyDoingIt() {
        Answer nobody = answers.answer("तालेन का भव्य स्वागत किसने किया?").answer();
        assertFalse(nobody.grounded(), "the welcome is told in the passive: " + nobody.text());
        Answer someone = answers.answer("क्रेलिया में नाविकों का स्वागत किसने किया?").answer();
        assertTrue(someone.grounded() && someone.text().contains("सोरेन"), someone.text());
    }
}
