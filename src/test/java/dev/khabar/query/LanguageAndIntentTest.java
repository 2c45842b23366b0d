package dev.khabar.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageAndIntentTest {

    private static final Lexicon LEXICON = Lexicon.load();

    @Test
    void detectsScriptAndHinglish() {
        assertEquals(Language.EN, Language.detect("Why is the US worried?", LEXICON));
        assertEquals(Language.HI, Language.detect("अमेरिका क्यों घबराया हुआ है?", LEXICON));
        assertEquals(Language.HI, Language.detect("Kim Jong Un रूस क्यों गए?", LEXICON));
        assertEquals(Language.HINGLISH, Language.detect("Kim ne imperialism ke baare mein kya kaha?", LEXICON));
        assertEquals(Language.HINGLISH, Language.detect("putin kab jayenge north korea", LEXICON));
    }

    @Test
    void intents() {
        assertEquals(Intent.REASON, Intent.of("Why is the US worried?"));
        assertEquals(Intent.REASON, Intent.of("America ko chinta kyun hai?"));
        assertEquals(Intent.TIME, Intent.of("पुतिन उत्तर कोरिया कब जा रहे हैं?"));
        assertEquals(Intent.DAY, Intent.of("Putin Pyongyang me kaunse do din rahenge?"));
        assertEquals(Intent.DAY, Intent.of("Kim kis din Russia pahunche?"));
        assertEquals(Intent.DATE, Intent.of("On what date did Kim and Putin sit down for talks?"), "a day of a month");
        assertEquals(Intent.DATE, Intent.of("किर्बी ने किस तारीख को बयान दिया?"));
        assertEquals(Intent.DATE, Intent.of("Kirby ne kis tarikh ko bataya?"));
        assertEquals(Intent.DAY, Intent.of("On which day did Kim reach Russia?"), "a weekday will do");
        assertEquals(Intent.DAY, Intent.of("सितंबर में मुलाकात किस दिन हुई थी?"));
        assertEquals(Intent.TIME, Intent.of("Kim kis saal Russia gaye?"));
        assertEquals(Intent.TIME, Intent.of("पहली बैठक किस माह में हुई थी?"), "the formal word for month");
        assertEquals(Intent.PLACE, Intent.of("पहली बैठक किस नगर में हुई थी?"), "the formal word for city");
        assertEquals(Intent.DURATION, Intent.of("पुतिन कितने बरसों के बाद उत्तर कोरिया जा रहे हैं?"), "बरस: years");
        assertEquals(Intent.PLACE, Intent.of("प्योंगयांग में पुतिन किन-किन जगहों का दौरा करेंगे?"));
        assertEquals(Intent.GENERAL, Intent.of("किन क्षेत्रों में सहयोग बढ़ा?"), "fields, not places");
        assertEquals(Intent.COUNT, Intent.of("How many missiles were fired?"));
        assertEquals(Intent.MONEY, Intent.of("Russia aur North Korea ki deal kitne paise ki hai?"));
        assertEquals(Intent.GENERAL, Intent.of("deal se north korea ko kya fayda milega? paisa aayega kya"),
                "whether there is money in it, not how much");
        assertEquals(Intent.DISTANCE, Intent.of("NK ki missile kitne km tak gayi?"));
        assertEquals(Intent.PLACE, Intent.of("At what kind of place did Kim and Putin sit down for talks?"));
        assertEquals(Intent.COUNT, Intent.of("उत्तर कोरिया कितने हथियार बनाता है?"));
        assertEquals(Intent.GENERAL, Intent.of("उत्तर कोरिया कितने बड़े पैमाने पर हथियार बनाता है?"), "how large");
        assertEquals(Intent.GENERAL, Intent.of("Yeh khatra kitna gambhir hai?"), "how serious");
        assertEquals(Intent.COUNT, Intent.of("How much aid did Russia give?"));
        assertEquals(Intent.GENERAL, Intent.of("How much did the state media reveal?"), "how far, not how many");
        assertEquals(Intent.TIME, Intent.of("How long before the visit did Kim travel?"), "a date answers it");
        assertEquals(Intent.PLACE, Intent.of("Where did they meet?"));
        assertEquals(Intent.PLACE, Intent.of("At which site did they meet?"));
        assertEquals(Intent.PLACE, Intent.of("Which places did Kim visit?"));
        assertEquals(Intent.MEANS, Intent.of("किम रूस तक किस सवारी से पहुंचे?"), "the vehicle");
        assertEquals(Intent.MEANS, Intent.of("Kim kis gaadi se Russia gaye?"));
        assertEquals(Intent.PERSON, Intent.of("Which officials went along with Kim?"), "people, by their role");
        assertEquals(Intent.PERSON, Intent.of("रूस यात्रा पर किम के साथ किस तरह के लोग गए थे?"), "people, by their kind");
        assertEquals(Intent.PERSON, Intent.of("kim ke saath kin officers ne yatra ki?"));
        assertEquals(Intent.GENERAL, Intent.of("किस तरह के हथियार भेजे गए?"), "a kind of thing, not of people");
        assertEquals(Intent.GENERAL, Intent.of("What do people expect from the visit?"));
        assertEquals(Intent.MONEY, Intent.of("What is the estimated dollar value of the deal?"));
        assertEquals(Intent.MONEY, Intent.of("How much money will Pyongyang earn?"), "money, before a count");
        assertEquals(Intent.MONEY, Intent.of("deal kitne paise ki hai?"));
        assertEquals(Intent.GENERAL, Intent.of("What price will Russia pay for the arms?"), "a price may be figurative");
        assertEquals(Intent.DISTANCE, Intent.of("How far did the missiles fly?"));
        assertEquals(Intent.TIME, Intent.of("How far in advance did the train leave?"), "a time, not a distance");
        assertEquals(Intent.DISTANCE, Intent.of("मिसाइलें कितनी दूर तक गईं?"));
        assertEquals(Intent.PLACE, Intent.of("secret meeting kis city me hogi?"));
        assertEquals(Intent.STATEMENT, Intent.of("What did Kim say to Putin?"));
        assertEquals(Intent.STATEMENT, Intent.of("What does the US claim North Korea gave Russia?"));
        assertEquals(Intent.GENERAL, Intent.of("How did Moscow react to claims that Pyongyang sends arms?"),
                "the claim is the topic, not what is asked");
        assertEquals(Intent.GENERAL, Intent.of("What is behind the claim of an arms deal?"));
        assertEquals(Intent.GENERAL, Intent.of("Which power are Russia and North Korea both said to be close to?"),
                "the articles' telling, not what someone said");
        assertEquals(Intent.MEANS, Intent.of("How did Kim Jong Un travel to Russia?"));
        assertEquals(Intent.MEANS, Intent.of("Kim Russia kaise pahunche?"));
        assertEquals(Intent.GENERAL, Intent.of("What will North Korea get?"));
        assertEquals(Intent.GENERAL, Intent.of("लेख में चीन के बारे में क्या बताया गया है?"), "what the article says");
        assertEquals(Intent.STATEMENT, Intent.of("किम ने पुतिन को क्या बताया?"));
        assertEquals(Intent.STATEMENT, Intent.of("space program pe putin ne kya comment kiya"));
        assertEquals(Intent.STATEMENT, Intent.of("What remarks did Kirby make?"));
        assertEquals(Intent.REASON, Intent.of("meeting ka asli maksad kya bataya ja raha hai"),
                "a purpose; the Hinglish passive saying does not make it a statement");
        assertEquals(Intent.REASON, Intent.of("मुलाकात का मकसद क्या बताया जा रहा है?"));
        assertEquals(Intent.REASON, Intent.of("What is the visit meant to achieve?"));
        assertEquals(Intent.REASON, Intent.of("What is Kim hoping to gain from closer ties?"), "what for");
        assertEquals(Intent.REASON, Intent.of("What is the summit expected to focus on?"), "its agenda");
        assertEquals(Intent.GENERAL, Intent.of("मुलाकात के बारे में क्या बताया जा रहा है?"), "Hindi passive");
        assertEquals(Intent.COUNT, Intent.of("Putin aur Kim ki ye kaunsi number ki summit hogi"), "an ordinal");
    }

    @Test
    void sentenceCuesForTheKindOfAnswer() {
        assertTrue(IntentCues.fits(Intent.COUNT, "रूस को दो ट्रेनें भेजी गईं"));
        assertTrue(IntentCues.fits(Intent.COUNT, "करीब 12 लाख गोले"));
        assertTrue(IntentCues.fits(Intent.COUNT, "पुतिन 24 सालों में पहली बार जा रहे हैं"));
        assertFalse(IntentCues.fits(Intent.COUNT, "सितंबर 2022 में भारी मात्रा में तोपें दी थीं"), "a year");
        assertFalse(IntentCues.fits(Intent.COUNT, "पुतिन मंगलवार (18 जून) को जाएंगे"), "a day of the month");
        // "एक" is also Hindi's indefinite article: "एक ट्रेन" is "a train", not a count.
        assertFalse(IntentCues.fits(Intent.COUNT, "एक ट्रेन हथियार ले जाते दिख रही थी"));
        assertTrue(IntentCues.fits(Intent.COUNT, "यह पुतिन और किम के बीच तीसरी शिखर बैठक होगी"), "how many times");
        assertFalse(IntentCues.fits(Intent.COUNT, "दूसरी तरफ किम जोंग उन भी यात्रा पर निकले हैं"), "on the other hand");
        assertTrue(IntentCues.fits(Intent.COUNT, "दुनिया की अधिकांश देशों ने पाबंदी लगा रखी है"), "how many: most");
        assertFalse(IntentCues.fits(Intent.COUNT, "रूस पर कई सारे प्रतिबंध लगे हैं"), "several says nothing of how many");
        assertTrue(IntentCues.boundsAStretch("पुतिन मंगलवार और बुधवार को उत्तर कोरिया में रहेंगे"));
        assertTrue(IntentCues.boundsAStretch("बैठक 18 से 19 जून तक चलेगी"));
        assertFalse(IntentCues.boundsAStretch("पिछले वर्ष सितम्बर में हुई बैठक"), "one date says when, not how long");
        assertFalse(IntentCues.boundsAStretch("पुतिन मंगलवार (18 जून) को जाएंगे"));
        assertTrue(IntentCues.fits(Intent.TIME, "पुतिन मंगलवार (18 जून) को जाएंगे"));
        assertTrue(IntentCues.fits(Intent.DAY, "ये मुलाकात बुधवार को हुई"));
        assertTrue(IntentCues.fits(Intent.DAY, "पुतिन मंगलवार (18 जून) को जाएंगे"));
        assertTrue(IntentCues.fits(Intent.DAY, "Putin arrives on June 18"));
        assertFalse(IntentCues.fits(Intent.DAY, "पिछले साल सितंबर में किम रूस गए थे"), "a month is not a day");
        assertTrue(IntentCues.fits(Intent.DATE, "पुतिन मंगलवार (18 जून) को जाएंगे"));
        assertTrue(IntentCues.fits(Intent.DATE, "Putin arrives on June 18"));
        assertFalse(IntentCues.fits(Intent.DATE, "ये मुलाकात बुधवार को हुई"), "a weekday is not a date");
        assertTrue(IntentCues.fits(Intent.DURATION, "जहां वह दो दिन रुकेंगे"));
        assertTrue(IntentCues.fits(Intent.DURATION, "पुतिन 24 सालों में पहली बार जा रहे हैं"));
        assertTrue(IntentCues.fits(Intent.DURATION, "the visit will last two days"));
        assertFalse(IntentCues.fits(Intent.DURATION, "दुनिया की अधिकांश देशों ने पाबंदी लगा रखी है"), "a count, not a time");
        assertFalse(IntentCues.fits(Intent.DURATION, "पिछले साल सितंबर में किम रूस गए थे"), "last year is a when");
        assertFalse(IntentCues.fits(Intent.DURATION, "यह उनकी तीसरी बैठक होगी"));
        assertTrue(IntentCues.fits(Intent.REASON, "क्योंकि उन्हें हथियारों की जरूरत है"));
        assertTrue(IntentCues.fits(Intent.REASON, "ये मुलाकात सैन्य सहयोग को बढ़ाने के लिए होगी"), "a purpose");
        assertFalse(IntentCues.fits(Intent.REASON, "किम के लिए ट्रेन तैयार थी"));
        assertTrue(IntentCues.fits(Intent.MONEY, "यह सौदा 2 अरब डॉलर का है"));
        assertFalse(IntentCues.fits(Intent.MONEY, "इससे उत्तर कोरिया को रेवेन्यू जेनरेट करने में मदद मिलेगी"), "no amount");
        assertTrue(IntentCues.fits(Intent.DISTANCE, "मिसाइल ने 600 किलोमीटर की दूरी तय की"));
        assertFalse(IntentCues.fits(Intent.DISTANCE, "उत्तर कोरिया ने दो बैलिस्टिक मिसाइलें दागीं"), "a distance has a unit");
        assertTrue(IntentCues.fits(Intent.PERSON, "टॉप के आर्मी ऑफिसर भी किम के साथ रूस पहुंचे हैं"), "who: a role");
        assertFalse(IntentCues.fits(Intent.PERSON, "रूसी राष्ट्रपति पुतिन उत्तर कोरिया जाएंगे"),
                "a president is named in nearly every sentence");
        assertEquals(java.util.Set.of(Intent.REASON, Intent.COUNT),
                IntentCues.of("इसलिए 2 देशों ने समझौता किया"));
    }

    @Test
    void placeCuesSayWhereNotWhenOrWhatKind() {
        assertTrue(IntentCues.fits(Intent.PLACE, "ये मुलाकात वोस्तोचनी कॉस्मोड्रोम में हुई"));
        assertFalse(IntentCues.fits(Intent.PLACE, "सितम्बर में हुई बैठक के दौरान"));
        assertFalse(IntentCues.fits(Intent.PLACE, "2019 में हुआ समझौता"));
        assertTrue(IntentCues.fits(Intent.TIME, "सितम्बर में हुई बैठक के दौरान"));
        assertFalse(IntentCues.fits(Intent.PLACE, "उत्तर कोरिया की क्षेत्रीय स्थिति"));
        assertTrue(IntentCues.fits(Intent.PLACE, "पूर्वी अमूर क्षेत्र में"));
        assertTrue(IntentCues.fits(Intent.PLACE, "'वोस्तोचनी स्पेसपोर्ट' में हमारे बीच हुई बैठक"), "a kind of place");
        assertFalse(IntentCues.fits(Intent.STATEMENT, "यह साफ नहीं है कि बैठक कहां होगी"));
        assertTrue(IntentCues.fits(Intent.STATEMENT, "पुतिन ने कहा कि"));
    }
}
