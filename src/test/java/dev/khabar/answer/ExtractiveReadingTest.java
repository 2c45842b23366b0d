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
 * How the extractive answerer reads around its best sentence, on made-up articles: a sentence that carries the best
 * one on is read with it, one that points back is read after the sentence it points to, one that shares little but
 * the headline's words does not lead, a list the best one announces is read with its items, so is what a speaker goes on
 * to say, and a lead-in sub-heading is never quoted, not even as the sentence before.
 */
@QuarkusTest
@TestProfile(ExtractiveReadingTest.MadeUpArticle.class)
class ExtractiveReadingTest {

    static final String ARTICLE = """
            ज़ोरबेक्स के मंत्री की चेतावनी

            क्या बोले ज़ोरबेक्स के मंत्री-
            वहीं ज़ोरबेक्स के मंत्री क्वेलन ने चेतावनी दी कि पड़ोसी देश नदी का पानी रोक सकता है. अगर ऐसा होता है तो इसके गंभीर परिणाम होंगे. मौसम विभाग ने बारिश का अनुमान जताया है.

            पिछले साल ज़ोरबेक्स पर भारी जुर्माना लगा था. यही वजह है कि ज़ोरबेक्स अब विदेशी कर्ज़ मांग रहा है.
            """;

    /** A headline that asks the question, a sentence with a "because" but little else, and the answer. */
    static final String HEADLINE_ASKS = """
            क्वेलन की चेतावनी से क्यों घबराया पड़ोसी देश

            तूफान की वजह से क्वेलन की उड़ानें रद्द हुईं.

            पड़ोसी देश को आशंका है कि नदी का पानी रुक जाएगा और खेत सूख जाएंगे.
            """;

    /**
     * A sentence announcing a list, its items (the second with an example, the third told without a cue), and a
     * sentence about something else; a speaker's words and his next ones; an announcement named again ("इस ऐलान") two
     * sentences later.
     */
    static final String LIST = """
            क्रेलिया और तोवान की दोस्ती

            क्रेलिया और तोवान के बीच कुछ समानताएं हैं. एक कारण तो ये है कि दोनों पहाड़ी इलाके में बसे हैं. दूसरा ये कि दोनों का व्यापार नमक पर टिका है. जैसे दोनों की खानों से हर साल टनों नमक निकलता है. दोनों जगह ऊंट पाले जाते हैं. इसके अलावा दोनों सारस पक्षी को पूजते हैं. राजधानी के बाजार में आज भीड़ रही.

            तोवान के प्रवक्ता ने कहा कि, क्रेलिया से दोस्ती हमारी प्राथमिकता है. हम हर मुश्किल में क्रेलिया के साथ खड़े रहेंगे. नदी पर नया पुल बन रहा है.

            पिछले महीने तोवान में सूखा पड़ा था. यही कारण है कि तोवान अब गेहूं खरीद रहा है. इसके अलावा तोवान ने चावल का आयात भी बढ़ाया है. स्कूलों में छुट्टियां शुरू हो गईं.

            तोवान को ऊन बेचने से अच्छी कमाई होगी. ये उसके लिए राहत की बात होगी. इसके साथ ही तोवान का कपड़ा उद्योग भी बढ़ेगा. शाम को बर्फ गिरी.

            वेलारा के राष्ट्रपति ओरिन ने ऐलान किया कि उनकी सरकार घाटी में नया बांध बनाएगी. ओरिन ने कहा कि काम जल्द शुरू होगा. ओरिन के इस ऐलान से सेरिदा को बड़ा झटका लगा है. शहर में आज मेला लगा.
            """;

    /** A sub-heading without a full stop, dense in the question's words, over the sentence that answers. */
    static final String HEADING = """
            सोरेन्तो की खबरें

            मार्विक को भेजा तालेन ने संदेश

            सरकारी एजेंसी के अनुसार, तालेन ने सोमवार को मार्विक को स्थापना दिवस का बधाई संदेश भेजा. बंदरगाह पर आज जहाज आए.
            """;

    public static class MadeUpArticle implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // One sentence at most, so anything more in the answer came from reading around it. The documented
            // warm-up switch is set too: it once failed start-up as a key the configuration mapping did not know.
            return MadeUpCorpus.serving("reading", Map.of("zz_warning.txt", ARTICLE, "zz_worry.txt", HEADLINE_ASKS,
                    "zz_list.txt", LIST, "zz_heading.txt", HEADING),
                    "khabar.answer.max-sentences", "1", "khabar.answer.warm-up", "false");
        }
    }

    @Inject
    AnswerService answers;

    @Test
    void theConsequenceAfterAWarningIsReadWithItAndTheLeadInIsNot() {
        Answer a = answers.answer("ज़ोरबेक्स के मंत्री क्वेलन ने क्या चेतावनी दी?").answer();
        assertTrue(a.grounded(), a.toString());
        assertTrue(a.text().contains("नदी का पानी रोक सकता है"), a.text());
        assertTrue(a.text().contains("गंभीर परिणाम"), "the sentence that carries the warning on: " + a.text());
        assertFalse(a.text().contains("क्या बोले"), "the lead-in heading: " + a.text());
        assertFalse(a.text().contains("बारिश"), a.text());
    }

    @Test
    void theItemsOfAnAnnouncedListAreReadWithIt() {
        Answer a = answers.answer("क्रेलिया और तोवान में क्या समानताएं हैं?").answer();
        assertTrue(a.text().contains("कुछ समानताएं"), a.text());
        assertTrue(a.text().contains("पहाड़ी इलाके") && a.text().contains("नमक"), "both items of the list: " + a.text());
        assertTrue(a.text().contains("खानों से"), "the example that bears out the second item: " + a.text());
        assertTrue(a.text().contains("ऊंट"), "an item told without a cue, as the list goes on after it: " + a.text());
        assertTrue(a.text().contains("सारस"), "the item after 'इसके अलावा': " + a.text());
        assertFalse(a.text().contains("भीड़"), "the paragraph goes on, the list does not: " + a.text());
    }

    @Test
    void theSentenceBeforeAndTheSentenceAfterAreBothRead() {
        Answer a = answers.answer("तोवान अब क्या खरीद रहा है?").answer();
        assertTrue(a.text().contains("गेहूं"), a.text());
        assertTrue(a.text().contains("सूखा"), "what \"यही कारण है\" points back to: " + a.text());
        assertTrue(a.text().contains("चावल"), "what carries the answer on, after it: " + a.text());
        assertFalse(a.text().contains("छुट्टियां"), a.text());
    }

    @Test
    void sentencesThatGoOnAboutTheBestOneAreReadWithIt() {
        Answer a = answers.answer("ऊन बेचने से तोवान को क्या होगा?").answer();
        assertTrue(a.text().contains("अच्छी कमाई"), a.text());
        assertTrue(a.text().contains("कपड़ा उद्योग"), "\"ये…\", then \"इसके साथ ही…\": " + a.text());
        assertFalse(a.text().contains("बर्फ"), a.text());
    }

    @Test
    void whatTheSpeakerGoesOnToSayIsReadWithWhatTheySaid() {
        Answer a = answers.answer("तोवान के प्रवक्ता ने दोस्ती पर क्या कहा?").answer();
        assertTrue(a.text().contains("प्राथमिकता"), a.text());
        assertTrue(a.text().contains("खड़े रहेंगे"), "the speaker's next sentence, in the first person: " + a.text());
        assertFalse(a.text().contains("पुल"), a.text());
    }

    @Test
    void aSentenceThatCarriesAnotherOnIsReadAfterIt() {
        Answer a = answers.answer("किसके गंभीर परिणाम होंगे?").answer();
        assertTrue(a.text().contains("गंभीर परिणाम"), a.text());
        assertTrue(a.text().contains("नदी का पानी रोक सकता है"), "\"if that happens\" needs what would happen: " + a.text());
    }

    @Test
    void aSentenceThatPointsBackIsReadAfterWhatItPointsTo() {
        Answer a = answers.answer("ज़ोरबेक्स अब किससे कर्ज़ मांग रहा है?").answer();
        assertTrue(a.text().contains("यही वजह है"), a.text());
        assertTrue(a.text().contains("भारी जुर्माना"), "\"this is why\" needs the sentence that says why: " + a.text());
    }

    @Test
    void aSentenceThatNamesAThingToldBeforeIsReadAfterTheSentenceThatTellsIt() {
        Answer a = answers.answer("सेरिदा को झटका क्यों लगा?").answer();
        assertTrue(a.text().contains("इस ऐलान से"), a.text());
        assertTrue(a.text().contains("नया बांध"), "\"this announcement\" needs what was announced: " + a.text());
        assertFalse(a.text().contains("मेला"), a.text());
    }

    @Test
    void aSentenceSharingOnlyTheHeadlinesWordsDoesNotLead() {
        Answer a = answers.answer("पड़ोसी देश क्वेलन की चेतावनी से क्यों घबराया?").answer();
        assertTrue(a.text().contains("आशंका"), "the worry itself, not a flight cancelled \"because of\" a storm: "
                + a.text());
    }

    @Test
    void aSubHeadingWithoutAFullStopIsNotQuoted() {
        Answer a = answers.answer("तालेन ने मार्विक को क्या संदेश भेजा?").answer();
        assertTrue(a.grounded(), a.toString());
        assertTrue(a.text().contains("स्थापना दिवस"), "the sentence that says what the message was: " + a.text());
        assertFalse(a.text().contains("मार्विक को भेजा तालेन ने संदेश"), a.text());
    }
}
