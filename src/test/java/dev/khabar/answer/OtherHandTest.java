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

/** "एक तरफ … दूसरी तरफ …": a sentence on the one hand is read with the one that gives the other. */
@QuarkusTest
@TestProfile(OtherHandTest.OneArticle.class)
class OtherHandTest {

    static final String BOTH_HANDS = """
            सेरिदा और वेलारा के शासक

            एक तरफ सेरिदा के राजा सूखे की वजह से महल से बाहर नहीं निकले. दूसरी तरफ वेलारा की रानी भी बाढ़ के बाद पहली बार महल से बाहर आईं. बाजार में आज भीड़ रही.
            """;

    public static class OneArticle implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // One sentence at most, so anything more in the answer came from reading on.
            return MadeUpCorpus.serving("hands", Map.of("zz_hands.txt", BOTH_HANDS),
                    "khabar.answer.max-sentences", "1");
        }
    }

    @Inject
    AnswerService answers;

    @Test
    void theOtherHandIsReadWithTheOne() {
        Answer a = answers.answer("सेरिदा के राजा और वेलारा की रानी महल से बाहर क्यों नहीं निकले?").answer();
        assertTrue(a.text().startsWith("एक तरफ"), a.text());
        assertTrue(a.text().contains("बाढ़"), "the sentence that gives the other hand: " + a.text());
        assertFalse(a.text().contains("भीड़"), a.text());
    }
}
