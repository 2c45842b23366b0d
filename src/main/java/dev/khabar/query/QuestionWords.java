package dev.khabar.query;

import java.util.Set;

/** Words that shape a question but name nothing to look for. */
final class QuestionWords {

    static final Set<String> ENGLISH = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "by",
            "about", "as", "into", "and", "or", "but", "if", "then", "so", "than", "that", "this", "these",
            "those", "there", "here", "it", "its", "is", "are", "was", "were", "be", "been", "being", "am", "do",
            "does", "did", "done", "doing", "has", "have", "had", "having", "will", "would", "shall", "should", "can",
            "could", "may", "might", "must", "what", "why", "when", "where", "who", "whom", "whose", "which", "how",
            "many", "much", "some", "any", "all", "each", "every", "other", "another", "such", "own", "same", "very",
            "just", "also", "too", "not", "no", "yes", "i", "me", "my", "we", "us", "our", "you", "your", "he", "him",
            "his", "she", "her", "they", "them", "their", "one", "ones", "tell", "please", "know", "explain",
            "describe", "according", "article", "articles", "news", "report", "reports", "reported", "happen",
            "happened", "happening", "mention", "mentioned", "give", "get", "got", "getting", "make", "made", "thing",
            "things", "way", "ways", "kind", "regarding", "besides", "apart", "except", "since", "ago", "ever", "yet",
            "say", "says", "gonna", "wanna", "gotta",
            // verbs of saying, as "say": "what did Putin comment", "kya comment kiya" ask for his words
            "comment", "comments", "commented", "remark", "remarks", "remarked",
            // as दौरान in HINDI: it frames the question ("during the visit") but names nothing
            "during");

    /** Hindi question words that Lucene's Hindi stop list keeps. */
    static final Set<String> HINDI = Set.of("क्यों", "क्यूं", "कब", "कहां", "कहाँ", "कैसे", "कितने", "कितना", "कितनी",
            "कौन", "कौनसा", "किसने", "किसको", "किसे", "किन", "किन्हें", "किनके", "किनकी", "किसका", "किसकी", "किसके",
            "क्या", "बारे", "बताइए", "बताओ", "बताएं",
            // Postpositions that frame the question ("मुलाकात के दौरान") but name nothing; साथ is not among them, as
            // "किम के साथ कौन गया" asks who went with him.
            "दौरान", "बाद", "पहले", "तरफ", "ओर", "तहत", "द्वारा", "लेकर", "जरिए", "ज़रिए", "अलावा", "बीच",
            "मुताबिक", "अनुसार", "हिसाब", "लिए", "सा", "सी", "से",
            // "पैसों के लिहाज़ से", "इस नज़रिए से": in terms of; "के विषय में", "के मामले में", "की बाबत": about
            "लिहाज", "लिहाज\u093C", "नजरिए", "नज\u093Cरिए", "विषय", "मामले", "बाबत",
            // "माली तौर पर" (financially), "किस तौर पर": as
            "तौर",
            // "आने वाली मुलाकात": वाला makes the word before it an adjective and names nothing itself.
            "वाला", "वाली", "वाले",
            // "लेख में … क्या बताया गया है": the question's words about the articles themselves
            "लेख", "लेखों", "आर्टिकल",
            // "उसमें क्या नज़र आ रहा था", "रूस उससे क्या मांग सकता है": a pronoun points back into the question
            "उसमें", "इसमें", "उनमें", "इनमें", "जिसमें", "उससे", "इससे", "उनसे", "इनसे", "जिससे", "उसको", "इसको",
            "इनको", "उसने", "इसने", "उन्होंने", "इन्होंने", "जिसने", "उसका", "उसकी", "जिसका", "जिसकी", "जिसके",
            // auxiliaries Lucene's stop list lacks ("दागी गईं", "ले जाए जा रहे"), "के रूप में" (as) and "असली वजह"
            "गईं", "गयीं", "हुईं", "जाए", "जाएं", "रूप", "असली",
            // "ऐसा क्या किया जो पहले कभी नहीं हुआ", "इतने लंबे समय से": degree and emphasis, not things to find
            "कभी", "ऐसा", "ऐसी", "इतने", "इतना", "इतनी",
            // "अगर … सचमुच … दे रहा है", "वाकई": really
            "सचमुच", "वाकई", "वाक\u093Cई", "दरअसल");

    /** "क्या बताया गया है", "क्या कहा गया": what the articles say, not a statement someone made. */
    private static final java.util.regex.Pattern PASSIVE_SAYING = java.util.regex.Pattern.compile(
            "(बताया|बताई|बताए|बताये|कहा|कही|कहे) (ग(या|ई|ईं|ये|ए)|जा)(?![\\p{L}\\p{M}])"
                    + "|(?i)\\b(bataya|bataaya|btaya|batai|batayi|bataye|kaha|kahaa|kahi)"
                    + " (gaya|gayi|gai|gya|gaye|gae|ja|jaa)\\b"
                    // "both said to be close to China", "what is said about": the articles' telling, not a statement
                    + "|(?i)\\b(is|are|was|were|been|being) (\\w+ )?said\\b|(?i)\\bsaid to (be|have)\\b");

    /** "how long since", "kitne saal baad", "कितने बरसों के बाद": the time gone by, which a date tells too. */
    private static final java.util.regex.Pattern SINCE = java.util.regex.Pattern.compile(
            "(?i)\\b(since|ago|after|baad|bad|pehle|pahle)\\b|(?<![\\p{L}\\p{M}])(बाद|पहले)(?![\\p{L}\\p{M}])");

    static boolean asksTimeSince(String question) {
        return SINCE.matcher(question).find();
    }

    /** {@code question} without its passive sayings, whose verbs would otherwise read as asking for a statement. */
    static String withoutPassiveSaying(String question) {
        return PASSIVE_SAYING.matcher(question).replaceAll(" ");
    }

    /** Currencies a money question asks in and an amount is told in, as regex alternations. */
    static final String CURRENCIES_HINDI = "डॉलर|रुपये|रुपए";
    static final String CURRENCIES_ENGLISH = "dollars?|usd|rupees?|euros?";
    /** Money in Hinglish and Hindi words: "kitne paise", "कितने रुपये". */
    static final String MONEY_HINGLISH = "paise|paisa|rupaye|rupaiye";
    static final String MONEY_HINDI = "पैसे|रुपये|रुपए";
    /** "किस सवारी से", "kis gaadi se": words for a vehicle, which the answer names ({@link Intent#MEANS}). */
    static final String VEHICLES_HINDI = "सवारी|वाहन|साधन";
    static final String VEHICLES_HINGLISH = "sawari|savari|sawaari|vahan|gadi|gaadi";

    /**
     * Nouns that name the kind of answer wanted ("which day", "kis shahar", "किन देशों"): the answer says
     * "Wednesday", not "day", so after a which-word they are not words to look for. Organisations are not among
     * them: Hindi news names one with its kind ("कोरियन सेंट्रल न्यूज एजेंसी", "वैगनर ग्रुप").
     */
    static final Set<String> ANSWER_TYPES = withAlternatives(Set.of("day", "days", "date", "dates", "year", "years",
            "month", "months", "time", "city", "cities", "place", "places", "site", "sites", "venue", "location",
            "country", "countries", "nation", "nations", "person", "people", "name", "names", "thing", "things",
            "event", "events", "incident", "number", "numbers", "nambar", "numbar", "नंबर",
            "घटना", "घटनाओं", "ghatna", "issue", "issues", "topic", "topics", "मुद्दा", "मुद्दे", "मुद्दों", "विषय",
            "mudda", "mudde",
            "type", "kind", "sort", "nature", "tarah", "prakar", "prakriti", "kism",
            "तरह", "प्रकार", "प्रकृति", "किस्म",
            "स्वरूप", "din", "tarikh", "tareekh", "saal", "sal", "varsh", "mahina", "mahine", "samay",
            "waqt", "shahar", "sheher", "jagah", "jagh", "desh", "deshon", "naam", "log", "logon", "दिन", "तारीख",
            "साल", "वर्ष", "महीने", "महीना", "समय", "शहर", "जगह", "देश", "देशों", "नाम", "लोग", "लोगों",
            // the formal words a written question may use instead
            "माह", "मास", "तिथि", "नगर", "स्थान", "राष्ट्र", "व्यक्ति", "mah", "nagar", "sthan",
            "means", "mode",
            // "कौन-सा साजो-सामान", "kaunsa saman", "which items": goods, which the answer names. Not चीज: "कई चीजों
            // की किल्लत" is how the articles say what is short.
            "सामान", "साजो", "वस्तु", "वस्तुएं", "saman", "samaan", "item", "items", "stuff"),
            // "किस सवारी से": the answer names the vehicle
            VEHICLES_HINDI, VEHICLES_HINGLISH);

    /**
     * Words that restate what an intent asks for ("kab h? date?", "कितने नंबर की"): the answer gives a date or a
     * number, not the word. The date words, as a regex alternation, are also {@link Intent#DATE}'s cue.
     */
    static final String DATE_WORDS = "dates?|tarikh|tareekh|tarik|तारीख|तारीखें|तारीखों|तिथि";
    private static final java.util.regex.Pattern DATE_WORD = java.util.regex.Pattern.compile(DATE_WORDS);
    private static final Set<String> NUMBER_WORDS = Set.of("number", "numbers", "nambar", "numbar", "नंबर", "संख्या");

    /** Whether {@code word} (lower-cased) names the kind of answer a question of {@code intent} asks for. */
    static boolean restatesIntent(Intent intent, String word) {
        return switch (intent) {
            case DATE -> DATE_WORD.matcher(word).matches();
            case COUNT -> NUMBER_WORDS.contains(word);
            default -> false;
        };
    }

    private static final Set<String> TIME_WORDS = Set.of("समय", "वक्त", "वक़्त", "samay", "waqt", "wakt", "vakt");

    /**
     * "मुलाकात के समय", "ट्रेन से उतरते समय", "milte waqt": at the time of, framing the question as दौरान does; the
     * answer rarely repeats the word.
     */
    static boolean framesATime(String word, String previous) {
        return TIME_WORDS.contains(word) && previous != null
                && (previous.equals("के") || previous.equals("ke") || previous.endsWith("ते") || previous.endsWith("te"));
    }

    /** The second word of "how long", "how often", "how far": together they ask for a duration, a count, a distance. */
    static final Set<String> HOW_WHAT = Set.of("long", "often", "far", "soon");

    /** The words that ask, English and Hinglish, as a regex alternation: a clause holding one is a question. */
    static final String ASKING = "what|which|who|whom|whose|how|when|where|why|kya|kab|kahan|kahaan|kaha|kaun|kon"
            + "|kitne|kitna|kitni|kyun|kyon|kyu|kaise|kis|kisne";
    /** The same in Hindi. */
    static final String ASKING_HINDI = "क्या|कब|कहां|कहाँ|कौन|कितने|कितना|कितनी|क्यों|कैसे|किस|किसने";

    private static final Set<String> NAME_WORDS = Set.of("नाम", "naam", "nam", "name");
    private static final java.util.regex.Pattern ASKED_RIGHT_AFTER = java.util.regex.Pattern.compile(
            "\\s+(क्या|kya|kyaa|kia)(?![\\p{L}\\p{M}])", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final Set<String> END_WORDS = Set.of("खत्म", "ख़त्म", "समाप्त", "khatam", "khatm", "khattam", "samapt");
    private static final java.util.regex.Pattern AFTER_IT_HAPPENS = java.util.regex.Pattern.compile(
            "\\s+(होने|होते|हो|hone|hote|ho)\\s+(के|ही|पर|ke|hi|par)(?![\\p{L}\\p{M}])",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "मुलाकात खत्म होने के बाद", "meeting khatam hone ke baad": the end of an event frames the question as "के बाद"
     * does; the articles tell what came after it without saying that it ended.
     */
    static boolean endsAnEvent(String word, String question, int after) {
        return END_WORDS.contains(word) && AFTER_IT_HAPPENS.matcher(question).region(after, question.length())
                .lookingAt();
    }

    /** "एजेंसी का नाम क्या है", "unka naam kya hai": the answer is a name, not the word "name". */
    static boolean namesTheAnswer(String word, String question, int after) {
        return NAME_WORDS.contains(word) && ASKED_RIGHT_AFTER.matcher(question).region(after, question.length())
                .lookingAt();
    }

    /**
     * Generic English adjectives: "old weapons", "basic necessity", "main reason". Unlike "chemical" or "nuclear",
     * they say how the question sees a thing, not which thing, and a Hindi article rarely repeats them.
     */
    static final Set<String> QUALIFIERS = Set.of("old", "new", "basic", "main", "major", "big", "large", "small",
            "key", "important", "recent", "latest", "current", "exact", "specific", "particular", "real", "actual",
            "overall", "general", "certain", "various", "significant", "serious", "huge", "primary", "chief");

    /** Hinglish "which" as a regex: kis, kaun se/si/sa, konse… */
    static final String HINGLISH_WHICH = "(?:kis|kaun ?s[eia]|kon ?s[eia])";

    /** Words that ask "which": the answer-type noun follows them. */
    static final Set<String> WHICH = Set.of("which", "what", "whose", "kis", "kin", "kaun", "kaunsa", "kaunse",
            "kaunsi", "kon", "konsa", "konse", "konsi", "किस", "किन", "कौन", "कौनसा", "कौन-से", "कौनसे", "कौन-सा",
            "कौनसी", "कौन-सी");

    /**
     * Auxiliaries that follow a Hindi verb ("दिखाती है", "बताया था", "कर रहे"). गया and करता are not among them:
     * "लखनऊ गया" and "हमला करता" follow a place and a noun.
     */
    private static final Set<String> HINDI_AUXILIARIES = Set.of("है", "हैं", "था", "थी", "थे", "रहा", "रही", "रहे",
            "सकता", "सकती", "सकते", "चाहिए", "होगा", "होगी", "होंगे");
    /** A vowel sign, ई or ए at the end: Hindi verb forms end so, many nouns ("चुनाव", "मौसम") do not. */
    private static final java.util.regex.Pattern VOWEL_ENDING =
            java.util.regex.Pattern.compile("[\\u093E-\\u094C\\u0908\\u090F]$");

    /**
     * "कर रहा", "पड़ सकता", "चल पाता", "हो चुका": the progressive and the modals follow a bare verb stem, whatever it
     * ends in.
     */
    private static final Set<String> AFTER_STEM = Set.of("रहा", "रही", "रहे", "सकता", "सकती", "सकते", "सके", "सकें",
            "पाता", "पाती", "पाते", "पाया", "पाई", "पाए", "चुका", "चुकी", "चुके");

    /**
     * A word ending in a vowel right before an auxiliary is a verb form ("दिखाती है", "लगा रखी है"), and so is any
     * word before the progressive or a modal.
     */
    static boolean isHindiVerb(String word, String next) {
        return AFTER_STEM.contains(next)
                || HINDI_AUXILIARIES.contains(next) && VOWEL_ENDING.matcher(word).find();
    }

    private QuestionWords() {
    }

    /** {@code words} and the words of each regex alternation ("सवारी|वाहन|साधन"). */
    private static Set<String> withAlternatives(Set<String> words, String... alternations) {
        Set<String> all = new java.util.HashSet<>(words);
        for (String alternation : alternations) {
            all.addAll(java.util.List.of(alternation.split("\\|")));
        }
        return Set.copyOf(all);
    }
}
