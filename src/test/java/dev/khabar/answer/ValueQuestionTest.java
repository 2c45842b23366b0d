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
 * Questions answered by a value, on made-up articles. "How long" is answered by a stretch of time ("तीन दिन"), not by
 * any number: a sentence that shares more of the question's words but only counts something does not answer it, and
 * where no passage tells how long, the answerer says the articles do not say; where one does, it is quoted before a
 * sentence that repeats more of the question but holds no value. "Which day" is answered by the day, not by the month
 * the question already gives; "which date" by the day of the month, not by a weekday.
 */
@QuarkusTest
@TestProfile(ValueQuestionTest.MadeUpArticles.class)
class ValueQuestionTest {

    static final String STAY = """
            वेलमार की यात्रा

            अधिकांश देशों ने पाबंदी लगा रखी है, फिर भी वेलमार तोवान में रुकेंगे. यात्रा तीन दिन की होगी. नदी पर नया पुल बन रहा है.
            """;

    /** Says that he will stay, and counts the agreements, but not for how long. */
    static final String AGREEMENTS = """
            सोरेन का दौरा

            क्रेलिया के राजा सोरेन मार्विक में रहेंगे और वहां 5 समझौतों पर दस्तखत करेंगे. बंदरगाह पर आज जहाज आए.
            """;

    /** The month in one sentence, the day in the next. */
    static final String TALKS = """
            तालेन की यात्रा

            पिछले साल सितंबर में तालेन ने मार्विक की यात्रा की थी. तालेन और मार्विक के नेताओं की बातचीत बुधवार को हुई.
            """;

    /** The question's words without the value… */
    static final String VISIT = """
            ओस्ट्रा की खबर

            खबरों के मुताबिक ओस्ट्रा के महाराज अगले सप्ताह पोरलान का दौरा कर सकते हैं.
            """;

    /** …and the value, how long since the last visit, in another article. */
    static final String SINCE = """
            ज़ेवान की यात्रा

            ज़ेवान 30 वर्षों के बाद पोरलान जा रहे हैं.
            """;

    /** Two days, told by the dates between which he stays. */
    static final String RANGE = """
            ब्रेनो की यात्रा

            कोरवास के राजा ब्रेनो मंगलवार और बुधवार को सिरवान में रहेंगे. वहां नया बाजार खुलेगा.
            """;

    /** A date: the day of the month, with its weekday. */
    static final String ARRIVAL = """
            ड्रावो का आगमन

            कोरवास के राजा ड्रावो शनिवार (12 मार्च) को तोलिया पहुंचे. उनका भव्य स्वागत किया गया.
            """;

    public static class MadeUpArticles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return MadeUpCorpus.serving("value", Map.of("zz_stay.txt", STAY, "zz_agreements.txt", AGREEMENTS,
                    "zz_talks.txt", TALKS, "zz_visit.txt", VISIT,
                    "zz_since.txt", SINCE, "zz_range.txt", RANGE, "zz_arrival.txt", ARRIVAL),
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

    @Test
    void theDatesAStretchRunsBetweenAnswerHowLongAndOneDateDoesNot() {
        Answer range = answers.answer("ब्रेनो सिरवान में कितने दिन रहेंगे?").answer();
        assertTrue(range.grounded(), range.text());
        Answer talks = answers.answer("तालेन और मार्विक के नेताओं की बातचीत कितने दिन चली?").answer();
        assertFalse(talks.grounded(), "the talks are dated, not timed: " + talks.text());
    }

    @Test
    void aCountAnswersHowManyOnlyInASentenceNamingWhatIsCounted() {
        Answer a = answers.answer("वेलमार तोवान में कितने समझौते करेंगे?").answer();
        assertFalse(a.grounded(), "'most countries' counts no agreements: " + a.text());
    }

    @Test
    void theSentenceHoldingTheValueIsQuotedOverOneRepeatingMoreOfTheQuestion() {
        Answer a = answers.answer("ओस्ट्रा के महाराज ने पोरलान का दौरा पिछली बार कितने साल पहले किया था?").answer();
        assertTrue(a.text().startsWith("ज़ेवान 30 वर्षों"), a.text());
    }

    @Test
    void aDateIsADayOfTheMonthNotAWeekday() {
        Answer arrival = answers.answer("ड्रावो किस तारीख को तोलिया पहुंचे?").answer();
        assertTrue(arrival.grounded() && arrival.text().contains("12 मार्च"), arrival.text());
        Answer talks = answers.answer("तालेन और मार्विक के नेताओं की बातचीत किस तारीख को हुई?").answer();
        assertFalse(talks.grounded(), "the articles give the weekday and the month, not the date: " + talks.text());
    }

    @Test
    void whichDayIsAnsweredByTheDayNotTheMonthTheQuestionGives() {
        Answer a = answers.answer("पिछले साल सितंबर में तालेन और मार्विक की बातचीत किस दिन हुई थी?").answer();
        assertTrue(a.text().contains("बुधवार"), a.text());
    }
}
