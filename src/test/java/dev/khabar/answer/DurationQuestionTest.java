package dev.khabar.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.testing.MadeUpCorpus;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "How long" is answered by a stretch of time ("तीन दिन"), not by any number: on made-up articles, a sentence that
 * shares more of the question's words but only counts something does not answer it, and where no passage tells how
 * long, the answerer says the articles do not say.
 */
@QuarkusTest
@TestProfile(DurationQuestionTest.MadeUpArticles.class)
class DurationQuestionTest {

    static final String STAY = """
            वेलमार की यात्रा

            अधिकांश देशों ने पाबंदी लगा रखी है, फिर भी वेलमार तोवान में रुकेंगे. यात्रा तीन दिन की होगी. नदी पर नया पुल बन रहा है.
            """;

    /** Says that he will stay, and counts the agreements, but not for how long. */
    static final String AGREEMENTS = """
            सोरेन का दौरा

            क्रेलिया के राजा सोरेन मार्विक में रहेंगे और वहां 5 समझौतों पर दस्तखत करेंगे. बंदरगाह पर आज जहाज आए.
            """;

    public static class MadeUpArticles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Path dir = MadeUpCorpus.write("duration-corpus", Map.of("zz_stay.txt", STAY,
                    "zz_agreements.txt", AGREEMENTS));
            return Map.of("khabar.corpus.dir", dir.toString(), "khabar.data.dir", "target/duration-data",
                    "khabar.answer.max-sentences", "1");
        }
    }

    @Inject
    AnswerService answers;

    @Test
    void aCountOfDaysAnswersHowLongOverASentenceThatCountsSomethingElse() {
        Answer a = answers.answer("वेलमार तोवान में कितने दिन रुकेंगे?").answer();
        assertTrue(a.grounded(), a.toString());
        assertTrue(a.text().contains("तीन दिन"), a.text());
    }

    @Test
    void aNumberThatIsNoStretchOfTimeDoesNotAnswerHowLong() {
        Answer a = answers.answer("सोरेन मार्विक में कितने दिन रहेंगे?").answer();
        assertFalse(a.grounded(), "only the agreements are counted: " + a.text());
        assertTrue(answers.answer("सोरेन मार्विक में कितने समझौतों पर दस्तखत करेंगे?").answer().grounded(),
                "how many agreements is answered by the same sentence");
    }
}
