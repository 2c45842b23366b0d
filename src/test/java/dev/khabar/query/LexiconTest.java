package dev.khabar.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.index.Analyzers;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static final Lexicon BUNDLED = Lexicon.load();

    @Test
    void englishLookupIgnoresInflection() {
        Lexicon l = Lexicon.of(Map.of("missile", List.of("मिसाइल", "मिसाइलें")), Map.of(), Set.of());
        assertEquals(Set.of("मिसाइल", "मिसाइलें"), l.englishToHindi(List.of("missiles")));
        assertEquals(Set.of("मिसाइल", "मिसाइलें"), l.englishToHindi(List.of("missile")));
        assertTrue(l.englishToHindi(List.of("rocket")).isEmpty());
    }

    @Test
    void phrasesAndSiblings() {
        Lexicon l = Lexicon.of(Map.of("security council", List.of("सुरक्षा परिषद"), "weapon", List.of("हथियार",
                "हथियारों")), Map.of(), Set.of());
        assertEquals(Set.of("सुरक्षा परिषद"), l.englishToHindi(List.of("security", "council")));
        assertEquals(Set.of("हथियारों"), l.hindiSiblings("हथियार"));
    }

    @Test
    void anInflectionTheGlossaryDoesNotListFindsTheSiblingsOfItsStem() {
        Lexicon l = Lexicon.of(Map.of("allegation", List.of("आरोप", "इल्जाम"), "meet", List.of("मिल", "मिले")),
                Map.of(), Set.of());
        assertTrue(l.hindiSiblings("इल्ज़ामों").contains("आरोप"), "plural, with a nukta: " + l.hindiSiblings("इल्ज़ामों"));
        assertTrue(l.hindiSiblings("मिलना").isEmpty(), "a short verb root is shared by too many words to bridge");
        assertTrue(l.hindiSiblings("आरोपों वाले").isEmpty(), "phrases only as listed");
    }

    @Test
    void anEnglishStopWordCanBeListedAndIsNotDroppedFromAPhrase() {
        Lexicon l = Lexicon.of(Map.of("with", List.of("साथ"), "went", List.of("गए")), Map.of(), Set.of());
        assertEquals(Set.of("साथ"), l.englishToHindi(List.of("with")));
        assertTrue(l.englishToHindi(List.of("went", "with")).isEmpty(), "\"went with\" is two words, not \"went\"");
        assertTrue(l.englishToHindi(List.of("the")).isEmpty());
    }

    @Test
    void bundledGlossaryCoversNewsVocabulary() {
        assertTrue(BUNDLED.size() > 1000);
        assertTrue(BUNDLED.englishToHindi(List.of("satellite")).contains("सैटेलाइट"));
        assertTrue(BUNDLED.englishToHindi(List.of("north", "korea")).contains("उत्तर कोरिया"));
        assertTrue(BUNDLED.englishToHindi(List.of("worried")).contains("चिंता"));
        assertTrue(BUNDLED.englishToHindi(List.of("weapons")).contains("हथियार"));
        assertTrue(BUNDLED.englishToHindi(List.of("after")).contains("बाद"), "Hindi analysis keeps बाद, so it can be found");
        assertTrue(BUNDLED.englishToHindi(List.of("said")).contains("जानकारी"), "\"एजेंसी ने जानकारी दी है कि…\"");
        assertTrue(BUNDLED.englishToHindi(List.of("nk")).contains("उत्तर कोरिया"), "an unknown acronym weighs as an"
                + " absent name and sinks the question");
        assertTrue(BUNDLED.englishToHindi(List.of("wore")).contains("पहना"), "everyday words too: an article that"
                + " never says what someone wore should not look as if it might");
        // Hindi questions use words the articles do not: बरस for साल, सदर for राष्ट्रपति, पैसों for the revenue
        assertTrue(BUNDLED.hindiSiblings("बरसों").contains("सालों"), BUNDLED.hindiSiblings("बरसों").toString());
        assertTrue(BUNDLED.hindiSiblings("सदर").contains("राष्ट्रपति"));
        assertTrue(BUNDLED.hindiSiblings("पैसों").contains("रेवेन्यू"));
        assertTrue(BUNDLED.hindiSiblings("ख़िलाफ़वर्ज़ी").contains("उल्लंघन"), "Urdu for violation, with nuktas");
        assertTrue(BUNDLED.hindiSiblings("माली").contains("आर्थिक"), "financial");
        // and English ones: feeding a country is its food, its price what it gets in return
        assertTrue(BUNDLED.englishToHindi(List.of("feeding")).contains("खाद्य"));
        assertTrue(BUNDLED.englishToHindi(List.of("price")).contains("बदले"));
        assertTrue(BUNDLED.englishToHindi(List.of("running", "low")).contains("कमी"));
        assertTrue(BUNDLED.englishToHindi(List.of("japan", "public", "broadcaster")).contains("एनएचके"),
                "how English news names NHK without naming it");
        assertTrue(BUNDLED.englishToHindi(List.of("north", "korean", "capital")).contains("प्योंगयांग"));
        assertTrue(BUNDLED.englishToHindi(List.of("russian", "leader")).contains("पुतिन"));
        assertTrue(BUNDLED.isName(List.of("russian", "leader")), "a leader described is still a name");
    }

    @Test
    void hinglishWordsFunctionWordsAndSpellingVariants() {
        assertTrue(BUNDLED.hinglishToHindi("hathiyar").contains("हथियार"));
        assertTrue(BUNDLED.hinglishToHindi("pareshan").contains("चिंता"), "worried, as Hinglish says it");
        assertTrue(BUNDLED.isHinglishFunctionWord("kyun"));
        assertFalse(BUNDLED.isHinglishFunctionWord("hathiyar"));
        assertFalse(BUNDLED.isHinglishFunctionWord("saath"), "\"Kim ke saath kaun gaya\" asks who went with him");
        assertTrue(BUNDLED.hinglishBySkeleton("hathiyaar").contains("हथियार"), "found by consonant skeleton");
        assertTrue(BUNDLED.hinglishToHindi("kapde").contains("कपड़े".replace("ड़", "ड\u093C")), "stored with a nukta");
    }

    @Test
    void aLongVowelTypedOnceFindsTheEntryThatTypesItTwice() {
        Lexicon l = Lexicon.of(Map.of(), Map.of("aane", List.of("आने"), "beech", List.of("बीच"), "kahan",
                List.of("कहां")), Set.of("kaha"));
        assertEquals(Set.of("आने"), l.hinglishToHindi("ane"));
        assertEquals(Set.of("बीच"), l.hinglishToHindi("bich"));
        assertEquals(Set.of("कहां"), l.hinglishToHindi("kahaan"));
        assertFalse(l.isHinglishFunctionWord("kahaan"), "where is not said: the nasal ending is not folded away");
        assertTrue(l.isHinglishFunctionWord("kahaa"));
        assertTrue(BUNDLED.hinglishToHindi("rishto").isEmpty() || BUNDLED.hinglishToHindi("rishto")
                .contains("रिश्ते"), "never another word");
    }

    @Test
    void transliterationRendersNames() {
        IcuTransliterator t = new IcuTransliterator();
        assertEquals("पुतिन", t.toDevanagari("putin"));
        assertEquals("किम", t.toDevanagari("Kim"));
    }

    @Test
    void transliterationReadsHinglishSpelling() {
        IcuTransliterator t = new IcuTransliterator();
        assertEquals("सारे", t.hinglishToDevanagari("saare"), "aa is आ, e is ए");
        assertEquals("हिसाब", t.hinglishToDevanagari("hisaab"));
        assertEquals("दिया", t.hinglishToDevanagari("diya"), "a final a is आ");
        assertEquals("बचपन", t.hinglishToDevanagari("bachpan").replace("\u094D", ""), "ch is च, not छ");
        assertEquals(Analyzers.terms(Analyzers.HI, "पहुंचने"),
                Analyzers.terms(Analyzers.HI, t.hinglishToDevanagari("pahunchne")));
    }

    @Test
    void aGuessedSpellingThatStemsToATwoLetterRootIsLeftOut() {
        var concepts = new BilingualQueryTransformer(BUNDLED).transform("Agar Putin North Korea jaate hain to?")
                .concepts();
        var jaate = concepts.stream().filter(c -> c.surface().equals("jaate")).findFirst();
        assertTrue(jaate.isEmpty() || jaate.get().alternatives().stream()
                .noneMatch(a -> a.field().equals(Analyzers.HI)), "जाते stems to जा: " + jaate);
    }
}
