package dev.khabar.query;

import java.util.Locale;
import java.util.regex.Pattern;

/** What kind of answer a question wants; steers which sentences the extractive answerer prefers. */
public enum Intent {
    // a purpose is a reason given ahead: "what is the visit meant to achieve", "asli maksad kya hai"
    REASON("\\bwhy\\b|\\bkyun\\b|\\bkyon\\b|\\bkyu\\b|\\breason\\b|क्यों|क्यूं|वजह|कारण"
            + "|\\b(purpose|aim|goal|objective|agenda)\\b|\\b(meant|intended|supposed) to\\b|what for\\b"
            + "|\\bto (achieve|gain|accomplish)\\b|\\bfocus(ed|es)? on\\b"
            + "|\\b(maksad|maqsad|makasad|uddeshya|udeshya|lakshya)\\b|\\bkis ?liye\\b"
            + "|मकसद|उद्देश्य|लक्ष्य|किसलिए|किस लिए"),
    // "on what date", "किस तारीख", "kis tarikh": a day of the month; a weekday is the day something happened, not
    // the date asked for
    DATE("(?<![\\p{L}\\p{M}])(" + QuestionWords.DATE_WORDS + ")(?![\\p{L}\\p{M}])"),
    // "which day", "किस दिन": a "when" answered by the day, not the month the question already gives
    DAY("\\b(what|which) (\\w+ )?(day|days)\\b|days? of the week|किस दिन"
            + "|\\b" + QuestionWords.HINGLISH_WHICH + " (\\w+ )?(din|dino|dinon)\\b"),
    // "how long before/ago", "how far in advance": the articles date things, so this is a "when" (TIME is tried before
    // COUNT and DISTANCE)
    TIME("\\bwhen\\b|how long (before|after|ago)\\b|how far (in advance|ahead|back)\\b|\\bkab\\b"
            + "|which year|what year|कब|किस (साल|वर्ष|महीने|माह|मास)"
            + "|\\b" + QuestionWords.HINGLISH_WHICH + " (\\w+ )?(saal|sal|mahine)\\b"),
    DISTANCE("how far|\\bdistance\\b|\\bkitni (door|dur|doori|duri)\\b|कितनी दूर"
            + "|\\b(how many|kitne) (km|kms|kilomet(er|re)s?|miles?)\\b|कितने (किलोमीटर|किमी|मील)"),
    // "how much did they reveal", "कितने बड़े पैमाने पर", "kitna gambhir" ask how far, which the articles say in
    // words, not numbers
    // "how long", "कितने दिन": a stretch of time, told by a count of days or years ("दो दिन", "24 सालों"), or by the
    // dates it runs between; "how long is the border" is a length. (TIME takes "how long before/ago" first.)
    DURATION("how long|how many (days|hours|weeks|months|years)\\b|\\bkitni der\\b"
            + "|\\bkitne (din|dino|dinon|ghante|saal|sal|baras|barson|mahine|hafte|samay|time)\\b"
            + "|\\bkitna (samay|time)\\b"
            + "|कितनी देर|कितने (दिन|घंटे|साल|वर्ष|बरस|बरसों|महीने|हफ्ते|सप्ताह|समय)|कितना समय"),
    // "what is the deal worth in dollars", "kitne paise": an amount of money, which the answer must hold (before
    // COUNT: "how much money"). Not "price" or "कीमत": "the price Russia pays" is what it gives in return.
    // Not money alone: "paisa aayega kya" asks whether there is money in it, not how much.
    MONEY("\\b(" + QuestionWords.CURRENCIES_ENGLISH + "|worth)\\b|how much money|" + QuestionWords.CURRENCIES_HINDI
            + "|\\b(kitne|kitna|kitni) (" + QuestionWords.MONEY_HINGLISH + ")\\b"
            + "|\\b(" + QuestionWords.MONEY_HINGLISH + ") (kitne|kitna)\\b"
            + "|कितने (" + QuestionWords.MONEY_HINDI + ")|(" + QuestionWords.MONEY_HINDI + ") कितने"),
    COUNT("how many|how much(?! (did|does|do|has|have|had|is|was|are|were|will|would|can|could)\\b)"
            + "|number of"
            // "kaunsi number ki summit", "कौन से नंबर की": an ordinal
            + "|\\b" + QuestionWords.HINGLISH_WHICH + " (number|nambar|numbar)\\b|कौन[- ]?(से|सी|सा) नंबर"
            + "|\\bkitn[eai]\\b(?! (bade|bada|badi|bde|bda|gambhir|gambheer|ahem|aham|zaroori|jaruri|important"
            + "|serious|mazboot|majboot|khatarnak|mushkil)\\b)"
            + "|कितन[ेाी](?! (बड\u093C|गंभीर|अहम|महत्वपूर्ण|ज\u093Cरूरी|जरूरी|मजबूत|मज\u093Cबूत|खतरनाक|मुश्किल|कठिन))"),
    PLACE("\\bwhere\\b|\\bkahan\\b|\\bkaha[nm]\\b"
            + "|(which|what) ((kind|sort|type) of )?(city|cities|place|site|venue|location|region|area)"
            + "|कहां|कहाँ|किस (जगह|शहर|नगर|स्थान|इलाके|क्षेत्र)"
            + "|\\b" + QuestionWords.HINGLISH_WHICH
            + " (city|shahar|sheher|jagah|jagh|place|ilaake|ilake|ilaqe|ilaka|ilaaka|kshetra|area|region)\\b"
            // "किन-किन जगहों", "kin jagahon": several places ("किन क्षेत्रों में सहयोग" are fields, not places)
            + "|किन(-किन)? (जगहों|शहरों|स्थानों|इलाकों)|\\bkin([- ]kin)? (jagahon|jagaho|shaharon|ilakon|ilaakon)\\b"),
    // "react to claims that…", "the claim": the claim is the topic, not what the question asks for
    STATEMENT("\\bsay\\b|\\bsaid\\b|\\btell\\b|\\btold\\b|\\bannounce"
            + "|(?<!\\b(to|the|these|those|such|of|about|over|on) )\\bclaim(?!s? that)|\\bwarn|\\bmessage\\b"
            + "|\\b(comment|remark)(s|ed)?\\b"
            + "|\\bkaha\\b|\\bbola\\b|\\bbataya\\b|कहा|बोले|बोला|बताया|ऐलान|दावा|संदेश"),
    MEANS("\\bhow (did|does|do|will|would|was|is)\\b.*\\b(travel|go|went|come|came|reach|arrive|get|journey)"
            + "|\\bkaise\\b.*\\b(pahunch|gaye|gaya|aaye|aaya|jayenge|jaenge|safar|yatra)"
            + "|कैसे.*(पहुंच|गए|गया|आए|जाएंगे|सफर|यात्रा)"
            // "किस सवारी से", "kis gaadi se", "by what means": the vehicle
            + "|किस (" + QuestionWords.VEHICLES_HINDI + ")"
            + "|\\b" + QuestionWords.HINGLISH_WHICH + " (" + QuestionWords.VEHICLES_HINGLISH + ")\\b"
            + "|\\b(what|which) (means|mode) of (transport|travel)|\\bby what means\\b"),
    // "which officials", "what leaders": people, asked for by their role
    PERSON("\\bwho\\b|\\bwhom\\b|\\bkaun\\b|\\bkisne\\b|कौन|किसने|किसको"
            + "|\\b(which|what) ((\\w+ )?(officials?|officers?|ministers?|leaders?|diplomats?|generals?|delegates?"
            + "|members?)"
            + "|people)\\b"
            // "किस तरह के लोग", "किन अधिकारियों", "kis tarah ke log": people by their kind
            + "|(किस|किन) ((तरह|प्रकार|किस्म) के )?(लोग|लोगों|व्यक्ति|व्यक्तियों|अधिकारी|अधिकारियों|नेता|नेताओं)"
            + "|\\b(kis|kin) ((tarah|type|prakar) ke )?(log|logon|logo|officers?|officials?|adhikari|neta|netaon)\\b"),
    GENERAL(null);

    private final Pattern cue;

    Intent(String regex) {
        this.cue = regex == null ? null : Pattern.compile(regex);
    }

    /**
     * Where the intent's cue ends in {@code question} (lower-cased), or -1: the word after "how many" is what must be
     * counted.
     */
    public int cueEnd(String question) {
        if (cue == null) {
            return -1;
        }
        var m = cue.matcher(question.toLowerCase(Locale.ROOT));
        return m.find() ? m.end() : -1;
    }

    /** "When", "how long", "how many", "how far", "how much money": answered by a value the answer must hold. */
    public boolean asksForAValue() {
        return this == DATE || this == DAY || this == TIME || this == DURATION || this == COUNT || this == DISTANCE
                || this == MONEY;
    }

    public static Intent of(String question) {
        String q = QuestionWords.withoutPassiveSaying(question.toLowerCase(Locale.ROOT));
        for (Intent intent : values()) {
            if (intent.cue != null && intent.cue.matcher(q).find()) {
                return intent;
            }
        }
        return GENERAL;
    }
}
