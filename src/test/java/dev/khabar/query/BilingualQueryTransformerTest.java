package dev.khabar.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.index.Analyzers;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BilingualQueryTransformerTest {

    private static boolean rendersAs(Concept c, String field, String hindiWord) {
        List<String> terms = Analyzers.terms(field, hindiWord);
        return c.alternatives().stream().anyMatch(a -> a.field().equals(field) && a.terms().equals(terms));
    }

    @Test
    void englishWordsBridgeToHindiThroughTheGlossary() {
        var lexicon = Lexicon.of(Map.of("missile", List.of("मिसाइल"), "north korea", List.of("उत्तर कोरिया")),
                Map.of(), Set.of());
        ExpandedQuery q = new BilingualQueryTransformer(lexicon).transform("Did North Korea fire missiles?");
        assertEquals(Language.EN, q.language());
        assertEquals(List.of("north korea", "fire", "missiles"), q.concepts().stream().map(Concept::surface).toList());
        assertTrue(rendersAs(q.concepts().get(0), Analyzers.HI, "उत्तर कोरिया"));
        assertEquals(Concept.Kind.NAME, q.concepts().get(0).kind());
        assertTrue(rendersAs(q.concepts().get(2), Analyzers.HI, "मिसाइल"));
        assertEquals(Concept.Kind.UNLISTED, q.concepts().get(1).kind());
    }

    @Test
    void whileSomeoneWasAwayIsWhatAHindiArticleTellsAsDuringTheirAbsence() {
        // "…जब देश ने किम के देश से बाहर रहने के दौरान मिसाइल दागी": while he was away
        ExpandedQuery q = new BilingualQueryTransformer(Lexicon.load())
                .transform("What did North Korea do while Kim was away in Russia?");
        Concept whilst = q.concepts().stream().filter(c -> c.surface().equals("while")).findFirst().orElseThrow();
        Concept away = q.concepts().stream().filter(c -> c.surface().equals("away")).findFirst().orElseThrow();
        assertTrue(rendersAs(whilst, Analyzers.HI, "दौरान"), whilst.toString());
        assertTrue(rendersAs(away, Analyzers.HI, "बाहर"), away.toString());
        assertEquals(Concept.Kind.LISTED, away.kind());
    }

    @Test
    void aNameTheGlossaryListsIsANameInLowerCaseToo() {
        var transformer = new BilingualQueryTransformer(Lexicon.load());
        for (String q : List.of("how did president joe biden react to kim's visit to russia",
                "zelensky ne kim aur putin ki mulaqat par kya kaha")) {
            var kinds = new java.util.HashMap<String, Concept.Kind>();
            transformer.transform(q).concepts().forEach(c -> kinds.put(c.surface(), c.kind()));
            assertEquals(Concept.Kind.NAME, kinds.getOrDefault("joe biden", kinds.get("zelensky")), q + " " + kinds);
            assertEquals(Concept.Kind.NAME, kinds.get("kim"), q + " " + kinds);
            assertTrue(kinds.containsKey("visit") ? kinds.get("visit") != Concept.Kind.NAME
                    : kinds.get("mulaqat") != Concept.Kind.NAME, "a word is not a name: " + kinds);
        }
    }

    @Test
    void anEnglishQuestionsFirstWordIsANameOnlyIfTheGlossaryListsItAsOne() {
        var t = new BilingualQueryTransformer(Lexicon.load());
        Map<String, Concept.Kind> kinds = new java.util.HashMap<>();
        t.transform("Exactly what did Putin want?").concepts().forEach(c -> kinds.put(c.surface(), c.kind()));
        t.transform("Putin wanted what?").concepts().forEach(c -> kinds.put(c.surface(), c.kind()));
        t.transform("Supplying arms would breach which resolutions?").concepts()
                .forEach(c -> kinds.put(c.surface(), c.kind()));
        assertEquals(Concept.Kind.UNLISTED, kinds.get("exactly"), kinds.toString());
        assertEquals(Concept.Kind.NAME, kinds.get("putin"), kinds.toString());
        assertEquals(Concept.Kind.LISTED, kinds.get("supplying"), "a glossary word, not a name: " + kinds);
        var hinglish = new BilingualQueryTransformer(Lexicon.of(Map.of(), Map.of(), Set.of("ne", "kya")));
        assertEquals(Concept.Kind.NAME, hinglish.transform("Zelensky ne kya kaha?").concepts().get(0).kind(),
                "a Hinglish question opening with a name");
    }

    @Test
    void chatShorthandForTheKoreasAndTheMonthsIsReadInFull() {
        var lexicon = Lexicon.of(Map.of("north korea", List.of("उत्तर कोरिया"), "south korea", List.of("दक्षिण कोरिया"),
                "sept", List.of("सितंबर")), Map.of(), Set.of("ke", "aur"));
        List<String> surfaces = new BilingualQueryTransformer(lexicon).transform("sept me N Korea aur S. Korea ke beech")
                .concepts().stream().map(Concept::surface).toList();
        assertTrue(surfaces.containsAll(List.of("sept", "north korea", "south korea")), surfaces.toString());
        assertTrue(new BilingualQueryTransformer(lexicon).transform("What is Kim's Korea policy?").concepts().stream()
                .noneMatch(c -> c.surface().contains("south")), "an apostrophe s is not South");
    }

    @Test
    void hinglishUsesLexiconSkeletonAndDropsFunctionWords() {
        var lexicon = Lexicon.of(Map.of(), Map.of("hathiyar", List.of("हथियार")), Set.of("ne", "ke", "kya", "mein"));
        ExpandedQuery q = new BilingualQueryTransformer(lexicon).transform("Kim ne hathyaar ke baare mein kya kaha");
        assertEquals(Language.HINGLISH, q.language());
        Concept weapon = q.concepts().stream().filter(c -> c.surface().equals("hathyaar")).findFirst().orElseThrow();
        assertTrue(rendersAs(weapon, Analyzers.HI, "हथियार"), "spelling variant found by skeleton");
        assertTrue(weapon.alternatives().stream().anyMatch(a -> a.field().equals(Analyzers.ROM)));
        assertTrue(q.concepts().stream().noneMatch(c -> c.surface().equals("ne") || c.surface().equals("kya")));
    }

    @Test
    void anEnglishVerbOfSayingIsNoWordToFindInEnglishOrHinglish() {
        var t = new BilingualQueryTransformer(Lexicon.load());
        for (String question : List.of("north korea ke space program pe putin ne kya comment kiya",
                "What did Putin comment on North Korea's space program?")) {
            List<String> surfaces = t.transform(question).concepts().stream().map(Concept::surface).toList();
            assertTrue(surfaces.contains("space program") && !surfaces.contains("comment"), surfaces.toString());
        }
    }

    @Test
    void aListedPhraseMayEndOnAFunctionWord() {
        var lexicon = Lexicon.of(Map.of(), Map.of("sabse pehle", List.of("पहली")), Set.of("pehle", "kab", "the"));
        List<String> surfaces = new BilingualQueryTransformer(lexicon).transform("Putin aur Kim sabse pehle kab mile the")
                .concepts().stream().map(Concept::surface).toList();
        assertTrue(surfaces.contains("sabse pehle"), "first, not 'sabse' and a dropped 'before': " + surfaces);
    }

    @Test
    void atTheTimeOfFramesTheQuestionAndNamesNothing() {
        var t = new BilingualQueryTransformer(Lexicon.of(Map.of(), Map.of(), Set.of("ke", "ne", "se", "kya")));
        assertEquals(List.of("मुलाकात", "पुतिन", "किम"), t.transform("मुलाकात के समय पुतिन ने किम से क्या कहा?")
                .concepts().stream().map(Concept::surface).toList());
        assertTrue(t.transform("ट्रेन से उतरते समय किम ने क्या पहना?").concepts().stream()
                .noneMatch(c -> c.surface().equals("समय")), "while getting off");
        assertTrue(t.transform("meeting ke waqt kim ne kya kaha").concepts().stream()
                .noneMatch(c -> c.surface().equals("waqt")));
        assertTrue(t.transform("पुतिन लंबे समय से विदेश क्यों नहीं गए?").concepts().stream()
                .anyMatch(c -> c.surface().equals("समय")), "a long time is what the answer may say");
    }

    @Test
    void theOptionsOfAChoiceAreOneConceptEitherOfWhichTheArticlesMaySay() {
        var lexicon = Lexicon.of(Map.of("plane", List.of("विमान"), "train", List.of("ट्रेन"), "public", List.of("सार्वजनिक"),
                "secret", List.of("गुप्त")), Map.of(), Set.of("se", "ya", "ne", "kiya", "tha", "kaise", "nahi"));
        List<Concept> choice = new BilingualQueryTransformer(lexicon).transform("Kim kaise gaye, plane se ya train se?")
                .concepts();
        assertEquals(List.of("kim", "gaye", "plane"), choice.stream().map(Concept::surface).toList());
        assertTrue(rendersAs(choice.get(2), Analyzers.HI, "विमान") && rendersAs(choice.get(2), Analyzers.HI, "ट्रेन"));
        List<Concept> english = new BilingualQueryTransformer(lexicon).transform("Was the meeting public or secret?")
                .concepts();
        assertTrue(english.stream().anyMatch(c -> rendersAs(c, Analyzers.HI, "सार्वजनिक") && rendersAs(c, Analyzers.HI,
                "गुप्त")), "one concept: " + english);
        assertTrue(new BilingualQueryTransformer(lexicon).transform("Putin ne accept kiya ya nahi, plane se?")
                .concepts().stream().anyMatch(c -> c.surface().equals("plane")), "\"or not\" offers no option");
        assertEquals(2, new BilingualQueryTransformer(lexicon).transform("Kim or Putin kaise gaye?").concepts().stream()
                .filter(c -> c.surface().equals("kim") || c.surface().equals("putin")).count(),
                "a Hinglish \"or\" is \"and\"");
    }

    @Test
    void hindiWordsKeepTheirTermsAndGainSiblings() {
        var lexicon = Lexicon.of(Map.of("weapon", List.of("हथियार", "हथियारों")), Map.of(), Set.of());
        ExpandedQuery q = new BilingualQueryTransformer(lexicon).transform("रूस को हथियार क्यों चाहिए?");
        assertEquals(Language.HI, q.language());
        assertEquals(Intent.REASON, q.intent());
        Concept weapon = q.concepts().stream().filter(c -> c.surface().equals("हथियार")).findFirst().orElseThrow();
        assertTrue(rendersAs(weapon, Analyzers.HI, "हथियारों"));
        assertTrue(q.concepts().stream().noneMatch(c -> c.surface().equals("क्यों")));
    }

    @Test
    void theEndOfAnEventFramesTheQuestionAsAfterDoes() {
        var t = new BilingualQueryTransformer(Lexicon.of(Map.of(), Map.of(), Set.of()));
        List<String> hindi = t.transform("मुलाकात खत्म होने के बाद किम ने क्या बयान दिया?").concepts().stream()
                .map(Concept::surface).toList();
        assertTrue(hindi.contains("मुलाकात") && !hindi.contains("खत्म"), hindi.toString());
        assertTrue(t.transform("Meeting khatam hone ke baad Kim ne kya kaha?").concepts().stream()
                .noneMatch(c -> c.surface().equals("khatam")));
        assertTrue(t.transform("युद्ध खत्म करने के लिए क्या कहा?").concepts().stream()
                .anyMatch(c -> c.surface().equals("खत्म")), "ending something is what the question asks about");
    }

    @Test
    void aPronounPointsBackIntoTheQuestionAndIsNoWordToFind() {
        var t = new BilingualQueryTransformer(Lexicon.of(Map.of(), Map.of(), Set.of()));
        List<String> surfaces = t.transform("अनाज के बदले रूस उससे क्या लेगा और उन्होंने इससे क्या पाया?").concepts()
                .stream().map(Concept::surface).toList();
        assertTrue(surfaces.contains("अनाज"), surfaces.toString());
        assertFalse(surfaces.contains("उससे") || surfaces.contains("उन्होंने") || surfaces.contains("इससे"),
                surfaces.toString());
    }

    @Test
    void aHinglishWordForARoleIsListedSoItsAbsenceCounts() {
        Concept mantri = new BilingualQueryTransformer(Lexicon.load())
                .transform("Putin ke saath kaun kaun se mantri jayenge?").concepts().stream()
                .filter(c -> c.surface().equals("mantri")).findFirst().orElseThrow();
        assertEquals(Concept.Kind.LISTED, mantri.kind());
        assertTrue(rendersAs(mantri, Analyzers.HI, "मंत्री"), mantri.toString());
    }

    @Test
    void wordsOfDegreeAndEmphasisAreNotThingsToFind() {
        var t = new BilingualQueryTransformer(Lexicon.of(Map.of(), Map.of(), Set.of()));
        List<String> surfaces = t.transform("किम रूस में थे तब उत्तर कोरिया ने ऐसा क्या किया जो पहले कभी नहीं हुआ?")
                .concepts().stream().map(Concept::surface).toList();
        assertTrue(surfaces.contains("रूस"), surfaces.toString());
        assertFalse(surfaces.contains("कभी") || surfaces.contains("ऐसा"), surfaces.toString());
        assertTrue(t.transform("वे इतने लंबे समय से बाहर क्यों नहीं गए?").concepts().stream()
                .noneMatch(c -> c.surface().equals("इतने")));
    }

    @Test
    void aHindiVerbIsMarkedSoItsAbsenceDoesNotSinkTheQuestion() {
        var t = new BilingualQueryTransformer(Lexicon.of(Map.of(), Map.of(), Set.of()));
        Map<String, Concept.Kind> kinds = new java.util.HashMap<>();
        t.transform("अमेरिका से टकराव के बीच मुलाकात क्या दिखाती है?").concepts()
                .forEach(c -> kinds.put(c.surface(), c.kind()));
        assertEquals(Concept.Kind.HINDI_VERB, kinds.get("दिखाती"), kinds.toString());
        assertEquals(Concept.Kind.HINDI, kinds.get("मुलाकात"));
        assertEquals(Concept.Kind.HINDI_VERB, t.transform("किस दबाव का सामना करना पड़ रहा है?").concepts().stream()
                .filter(c -> c.surface().equals("पड़")).findFirst().orElseThrow().kind(), "a stem before रहा");
        assertEquals(Concept.Kind.HINDI_VERB, t.transform("हथियारों पर क्या असर पड़ सकता है?").concepts().stream()
                .filter(c -> c.surface().equals("पड़")).findFirst().orElseThrow().kind(), "a stem before a modal");
        assertEquals(Concept.Kind.HINDI, t.transform("क्या वह लखनऊ गया था?").concepts().stream()
                .filter(c -> c.surface().equals("लखनऊ")).findFirst().orElseThrow().kind(), "a place before गया");
        assertEquals(Concept.Kind.HINDI, t.transform("भारत में चुनाव है?").concepts().stream()
                .filter(c -> c.surface().equals("चुनाव")).findFirst().orElseThrow().kind(), "a noun before है");
    }

    @Test
    void wordsAboutTheArticlesThemselvesAreNotWordsToFind() {
        var t = new BilingualQueryTransformer(Lexicon.of(Map.of(), Map.of(), Set.of()));
        List<String> surfaces = t.transform("लेख में रूस और चीन के रिश्तों के बारे में क्या बताया गया है?").concepts()
                .stream().map(Concept::surface).toList();
        assertEquals(List.of("रूस", "चीन", "रिश्तों"), surfaces);
        assertEquals(List.of("एनएचके", "रूस", "कमी"), t.transform("एनएचके के हिसाब से रूस को किस की कमी है?").concepts()
                .stream().map(Concept::surface).toList(), "के हिसाब से says whose account, as के मुताबिक does");
        assertEquals(List.of("उत्तर", "कोरिया", "पैसों", "लाभ"), t.transform("उत्तर कोरिया को पैसों के लिहाज़ से क्या"
                + " लाभ?").concepts().stream().map(Concept::surface).toList(), "के लिहाज़ से: in terms of");
        assertEquals(List.of("रूस", "हथियारों", "माली", "फ़ायदा"), t.transform("रूस को सचमुच हथियारों से माली तौर पर क्या"
                + " फ़ायदा?").concepts().stream().map(Concept::surface).toList(), "really, as: not words to find");
        assertEquals(List.of("रूस", "तोपें"), t.transform("रूस को कौन-सा साजो-सामान और तोपें?").concepts().stream()
                .map(Concept::surface).toList(), "\"which goods\" names the kind of answer");
        var hinglish = new BilingualQueryTransformer(Lexicon.of(Map.of(), Map.of(), Set.of("ka", "kya", "hai")));
        assertTrue(hinglish.transform("meeting ka maksad kya bataya ja raha hai").concepts().stream()
                .noneMatch(c -> c.surface().equals("bataya")), "the Hinglish passive");
        assertTrue(hinglish.transform("dosti ki wajah kya batayi gayi hai").concepts().stream()
                .noneMatch(c -> c.surface().equals("batayi")), "its feminine");
        assertTrue(t.transform("दोस्ती की क्या वजहें बताई गई हैं?").concepts().stream()
                .noneMatch(c -> c.surface().equals("बताई")), "the feminine plural of the same passive");
        assertTrue(t.transform("किम ने क्या बताया?").concepts().stream().anyMatch(c -> c.surface().equals("बताया")),
                "what someone told is still a word to find");
    }

    @Test
    void aDateOrANumberInAQuestionAskingForOneIsTheAnswerKindNotAWordToFind() {
        var lexicon = Lexicon.of(Map.of("visit", List.of("यात्रा")), Map.of(), Set.of("ka", "kab", "h"));
        List<String> surfaces = new BilingualQueryTransformer(lexicon).transform("putin ka visit kab h? date?")
                .concepts().stream().map(Concept::surface).toList();
        assertEquals(List.of("putin", "visit"), surfaces);
        for (String weekday : List.of("meeting hafte ke kis din hui?", "On what day of the week was the meeting?",
                "On which days of the week did they meet?",
                "बैठक सप्ताह के किस दिन हुई?")) {
            List<String> words = new BilingualQueryTransformer(lexicon).transform(weekday).concepts().stream()
                    .map(Concept::surface).toList();
            assertTrue(words.stream().noneMatch(w -> w.equals("hafte") || w.equals("week") || w.equals("सप्ताह")),
                    "the week is part of asking for a weekday: " + words);
        }
        List<String> hindi = new BilingualQueryTransformer(lexicon).transform("यह कितने नंबर की शिखर भेंट होगी?")
                .concepts().stream().map(Concept::surface).toList();
        assertFalse(hindi.contains("नंबर"), "the answer is an ordinal, not the word: " + hindi);
        assertTrue(hindi.contains("शिखर"));
    }

    @Test
    void acronymUsIsTheCountryNotThePronoun() {
        var lexicon = Lexicon.of(Map.of("us", List.of("अमेरिका")), Map.of(), Set.of());
        var t = new BilingualQueryTransformer(lexicon);
        assertTrue(rendersAs(t.transform("Why is the US worried?").concepts().get(0), Analyzers.HI, "अमेरिका"));
        assertTrue(t.transform("tell us more").concepts().stream().noneMatch(c -> c.surface().equals("us")));
    }

    @Test
    void countQuestionsFocusOnWhatIsCounted() {
        var lexicon = Lexicon.of(Map.of("missile", List.of("मिसाइल")), Map.of(), Set.of());
        ExpandedQuery q = new BilingualQueryTransformer(lexicon).transform("How many missiles did Kim fire?");
        assertEquals("missiles", q.concepts().get(q.focus()).surface());
    }

    @Test
    void aWhichQuestionFocusesOnTheThingANationalityDescribes() {
        var lexicon = Lexicon.of(Map.of("minister", List.of("मंत्री"), "russian", List.of("रूसी")), Map.of(),
                Set.of("ke", "se", "kaun", "kitni"));
        var t = new BilingualQueryTransformer(lexicon);
        ExpandedQuery en = t.transform("Which russian ministers travelled with Putin?");
        assertEquals("ministers", en.concepts().get(en.focus()).surface());
        ExpandedQuery hinglish = t.transform("Putin ke saath kaun kaun se Russian minister jayenge?");
        assertEquals("minister", hinglish.concepts().get(hinglish.focus()).surface());
        ExpandedQuery hindi = t.transform("पुतिन के साथ कौन-कौन से रूसी मंत्री जाएंगे?");
        assertEquals("मंत्री", hindi.concepts().get(hindi.focus()).surface());
        var withName = new BilingualQueryTransformer(Lexicon.of(Map.of("official", List.of("अधिकारी"),
                "white house", List.of("व्हाइट हाउस")), Map.of(), Set.of()));
        ExpandedQuery official = withName.transform("Which White House official said the talks were advancing?");
        assertEquals("official", official.concepts().get(official.focus()).surface(), "a name narrows, as nationality");
        ExpandedQuery hotel = t.transform("प्योंगयांग में पुतिन किस होटल में ठहरेंगे?");
        assertEquals("होटल", hotel.concepts().get(hotel.focus()).surface());
        ExpandedQuery asksAfter = t.transform("Kim ki train ka driver kaun tha?");
        assertEquals("driver", asksAfter.concepts().get(asksAfter.focus()).surface(), "the word before a trailing kaun");
        ExpandedQuery event = t.transform("दौरे को किस घटना के जवाब के रूप में देखा जा रहा है?");
        assertTrue(event.focus() < 0 || !event.concepts().get(event.focus()).surface().equals("घटना"),
                "\"which event\" names the kind of answer, not a word the answer must contain");
        ExpandedQuery issue = t.transform("मुलाकात में किस मुद्दे पर बात हुई?");
        assertTrue(issue.concepts().stream().noneMatch(c -> c.surface().equals("मुद्दे")), "nor does \"which issue\"");
        ExpandedQuery verbAfter = t.transform("Kim ne kitni missile daagi?");
        assertEquals("missile", verbAfter.concepts().get(verbAfter.focus()).surface(), "the noun, not the verb after it");
        ExpandedQuery whatVerb = t.transform("किम अमेरिका के खिलाफ क्या खड़ा करना चाहते हैं?");
        assertEquals(ExpandedQuery.NO_FOCUS, whatVerb.focus(), "after क्या comes the verb, not a thing the answer names");
    }

    @Test
    void aWhichWordDropsTheKindOfValueAskedForButKeepsAnOrganisation() {
        var t = new BilingualQueryTransformer(Lexicon.of(Map.of("agency", List.of("एजेंसी")), Map.of(), Set.of()));
        List<String> day = t.transform("On which day did the summit start?").concepts().stream()
                .map(Concept::surface).toList();
        assertFalse(day.contains("day"), "the answer names a day, not the word: " + day);
        assertFalse(t.transform("At which site did the summit take place?").concepts().stream()
                .anyMatch(c -> c.surface().equals("site")), "the answer names the site");
        List<String> nature = t.transform("दोनों देशों के रिश्तों को किस प्रकृति का बताया गया है?").concepts().stream()
                .map(Concept::surface).toList();
        assertFalse(nature.contains("प्रकृति"), "the answer says what nature, not the word: " + nature);
        List<String> formal = t.transform("पहला शिखर सम्मेलन किस माह में और किस नगर में हुआ?").concepts().stream()
                .map(Concept::surface).toList();
        assertEquals(List.of("पहला", "शिखर", "सम्मेलन"), formal, "the formal words for month and city");
        assertEquals(List.of("समाचार", "एजेंसी"), t.transform("समाचार एजेंसी का नाम क्या है?").concepts().stream()
                .map(Concept::surface).toList(), "the answer is the name, not the word");
        assertTrue(t.transform("किस नाम से जाना जाता है?").concepts().stream().noneMatch(c -> c.surface().equals("नाम")));
        assertTrue(t.transform("किम किस सवारी से पहुंचे?").concepts().stream().noneMatch(c -> c.surface().equals("सवारी")),
                "the answer names the vehicle");
        assertTrue(t.transform("नाम बदलने पर क्या कहा?").concepts().stream().anyMatch(c -> c.surface().equals("नाम")),
                "a name that is talked about, not asked for");
        Concept agency = t.transform("Which agency confirmed the visit?").concepts().get(0);
        assertEquals("agency", agency.surface(), "the answer names it with its kind: कोरियन सेंट्रल न्यूज एजेंसी");
        assertTrue(rendersAs(agency, Analyzers.HI, "एजेंसी"));
    }

    @Test
    void hindiAnalysisKeepsTheWordsAnEnglishQuestionBridgesTo() {
        List<String> indexed = Analyzers.terms(Analyzers.HI, "मुलाकात के बाद किम के साथ दो अधिकारी रूस गए");
        for (String word : List.of("बाद", "साथ", "दो")) {
            assertTrue(indexed.containsAll(Analyzers.terms(Analyzers.HI, word)) && !Analyzers.terms(Analyzers.HI, word)
                    .isEmpty(), word + " in " + indexed);
        }
        assertTrue(Analyzers.terms(Analyzers.HI, "के").isEmpty(), "a postposition is still a stop word");
        var lexicon = Lexicon.of(Map.of("along", List.of("साथ")), Map.of(), Set.of());
        Concept along = new BilingualQueryTransformer(lexicon).transform("Who went along with Kim?").concepts().stream()
                .filter(c -> c.surface().equals("along")).findFirst().orElseThrow();
        assertTrue(rendersAs(along, Analyzers.HI, "साथ"));
        var withGlossary = Lexicon.of(Map.of("with", List.of("साथ"), "went", List.of("गए")), Map.of(), Set.of());
        List<Concept> shorthand = new BilingualQueryTransformer(withGlossary).transform("who went w/ kim?").concepts();
        assertTrue(shorthand.stream().anyMatch(c -> rendersAs(c, Analyzers.HI, "साथ")), "w/ is with: " + shorthand);
        assertTrue(shorthand.stream().anyMatch(c -> rendersAs(c, Analyzers.HI, "गए")), "went stays a word of its own");
    }

    @Test
    void aHindiSpellingOfAGlossaryPhraseFindsTheArticlesSpelling() {
        var lexicon = Lexicon.of(Map.of("north korea", List.of("उत्तर कोरिया", "नॉर्थ कोरिया"),
                "war", List.of("युद्ध", "जंग"), "ukraine", List.of("यूक्रेन", "युक्रेन"), "ukraine war",
                List.of("यूक्रेन युद्ध", "जंग")), Map.of(), Set.of());
        var t = new BilingualQueryTransformer(lexicon);
        Concept north = t.transform("पुतिन नॉर्थ कोरिया क्यों जा रहे हैं?").concepts().stream()
                .filter(c -> c.surface().equals("नॉर्थ कोरिया")).findFirst().orElseThrow();
        assertTrue(rendersAs(north, Analyzers.HI, "उत्तर कोरिया"), north.toString());
        List<String> war = t.transform("यूक्रेन युद्ध कब शुरू हुआ?").concepts().stream().map(Concept::surface).toList();
        assertTrue(war.contains("यूक्रेन") && war.contains("युद्ध"), "words the articles spell alike stay apart: " + war);
        List<String> with = t.transform("किम के साथ रूस कौन-कौन पहुंचा?").concepts().stream().map(Concept::surface)
                .toList();
        assertTrue(with.contains("साथ"), "who went with him: " + with);
    }

    @Test
    void howLongAsksForADurationAndLongIsNotAWordToFind() {
        var t = new BilingualQueryTransformer(Lexicon.of(Map.of(), Map.of(), Set.of()));
        List<String> surfaces = t.transform("How long is Putin gonna stay in Pyongyang?").concepts().stream()
                .map(Concept::surface).toList();
        assertFalse(surfaces.contains("long") || surfaces.contains("gonna"), surfaces.toString());
        assertEquals(Intent.DURATION, Intent.of("How long is Putin gonna stay?"));
        assertEquals(Intent.DURATION, Intent.of("पुतिन कितने दिन रुकेंगे?"));
        assertEquals(Intent.DURATION, Intent.of("Putin kitne din rukenge?"));
        assertEquals(Intent.COUNT, Intent.of("How many missiles were fired?"));
    }
}
