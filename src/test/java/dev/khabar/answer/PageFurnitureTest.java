package dev.khabar.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.ingest.IngestionService;
import dev.khabar.testing.MadeUpCorpus;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A question about the page around the news (here a photo credit) is refused, though the article's own sentences
 * share most of its words: the credit line is boilerplate and may never be cited. A caption repeating the headline
 * is not such a line.
 */
@QuarkusTest
@TestProfile(PageFurnitureTest.MadeUpPage.class)
class PageFurnitureTest {

    static final String PAGE = """
            ज़ोरबेक्स के मंत्री क्वेलन की तस्वीरें वायरल

            मंत्री क्वेलन की वायरल तस्वीर (फोटो क्रेडिट: निम्बस एजेंसी)

            मंत्री क्वेलन की तस्वीरें सोशल मीडिया पर वायरल हो रही हैं. इन तस्वीरों में वह नदी के किनारे खड़े दिख रहे हैं.
            """;

    /** An image caption that repeats the headline: its words are the headline's, not the page's. */
    static final String CAPTIONED = """
            ज़ोरबेक्स की बांध योजना से क्यों डरा पड़ोसी

            ![ज़ोरबेक्स की बांध योजना से क्यों डरा पड़ोसी](https://example.com/dam.png)

            पड़ोसी देश को आशंका है कि ज़ोरबेक्स का नया बांध नदी का पानी रोक देगा.
            """;

    public static class MadeUpPage implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return MadeUpCorpus.serving("furniture", Map.of("zz_photos.txt", PAGE, "zz_dam.txt", CAPTIONED),
                    "khabar.answer.warm-up", "false");
        }
    }

    @Inject
    AnswerService answers;

    @Inject
    IngestionService ingestion;

    @Test
    void theCreditLineIsBoilerplateNotContent() {
        List<String> furniture = ingestion.corpus().article("zz_photos").orElseThrow().boilerplate();
        assertEquals(List.of("मंत्री क्वेलन की वायरल तस्वीर (फोटो क्रेडिट: निम्बस एजेंसी)"), furniture);
    }

    @Test
    void aQuestionAboutThePhotoCreditIsRefused() {
        Answer a = answers.answer("सोशल मीडिया पर वायरल मंत्री क्वेलन की तस्वीर किस एजेंसी की है?").answer();
        assertFalse(a.grounded(), "the agency is named only in the credit line: " + a);
        assertTrue(a.citations().isEmpty(), a.toString());
    }

    @Test
    void aQuestionTheArticleAnswersIsStillAnswered() {
        Answer a = answers.answer("मंत्री क्वेलन की तस्वीरें कहां वायरल हो रही हैं?").answer();
        assertTrue(a.grounded(), a.toString());
        assertTrue(a.text().contains("सोशल मीडिया पर वायरल"), a.text());
    }

    @Test
    void aCaptionRepeatingTheHeadlineDoesNotMakeTheQuestionAboutThePage() {
        Answer a = answers.answer("ज़ोरबेक्स की बांध योजना से पड़ोसी क्यों डरा?").answer();
        assertTrue(a.grounded(), "योजना is the headline's word, not only the caption's: " + a);
        assertTrue(a.text().contains("पानी रोक देगा"), a.text());
    }
}
