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

/** A quote that is not the best sentence, but a later one, is read on into the speaker's next words too. */
@QuarkusTest
@TestProfile(SpeakersNextWordsTest.TwoArticles.class)
class SpeakersNextWordsTest {

    static final String RIVER = """
            सेरिदा की नदी

            तालेन ने कहा कि नदी का पानी वेलारा के साथ बांटा जाएगा. नदी पर बांध बनेगा.
            """;
    static final String FRIENDSHIP = """
            तालेन का बयान

            बैठक के बाद तालेन ने कहा कि, वेलारा से दोस्ती हमारी प्राथमिकता है. हम हर मुश्किल में वेलारा के साथ खड़े रहेंगे. बाजार में आज भीड़ रही.
            """;

    public static class TwoArticles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return MadeUpCorpus.serving("speaker", Map.of("zz_river.txt", RIVER, "zz_friendship.txt", FRIENDSHIP),
                    "khabar.answer.max-sentences", "2");
        }
    }

    @Inject
    AnswerService answers;

    @Test
    void aLaterQuoteGoesOnInTheSpeakersOwnVoice() {
        Answer a = answers.answer("तालेन ने नदी के पानी और वेलारा से दोस्ती पर क्या कहा?").answer();
        assertTrue(a.text().startsWith("तालेन ने कहा कि नदी"), "the best sentence leads: " + a.text());
        assertTrue(a.text().contains("प्राथमिकता"), a.text());
        assertTrue(a.text().contains("खड़े रहेंगे"), "the later quote's next sentence, in the first person: " + a.text());
        assertFalse(a.text().contains("भीड़"), a.text());
    }
}
