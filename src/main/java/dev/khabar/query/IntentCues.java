package dev.khabar.query;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether a Hindi or English sentence carries the kind of information a question's {@link Intent} asks for. */
public final class IntentCues {

    private static final Pattern REASON = Pattern.compile(
            "क्योंकि|वजह|कारण|चलते|ताकि|इसलिए|जरूरत|ज़रूरत|बदले|मकसद|उद्देश्य|लक्ष्य|के लिए हो(गी|गा|गे)?\\b"
                    + "|because|reason|due to|in order to|aimed at");
    private static final String MONTHS = "जनवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|नवंबर|"
            + "नवम्बर|दिसंबर|दिसम्बर";
    private static final String WEEKDAYS = "सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार";
    /** Hindi months and weekdays. */
    private static final String CALENDAR = MONTHS + "|" + WEEKDAYS;
    /** English months but May, which is more often the verb. */
    private static final String ENGLISH_MONTHS = "january|february|march|april|june|july|august|september|october"
            + "|november|december";
    private static final String ENGLISH_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final Pattern TIME = Pattern.compile(
            CALENDAR + "|सप्ताह|हफ्ते|तारीख|(^|\\D)(1[89]|20)\\d\\d(\\D|$)|" + ENGLISH_MONTHS + "|" + ENGLISH_WEEKDAYS);
    /** A day of a month: "18 जून", "June 18" (May too, with its day). */
    private static final String DAY_OF_MONTH = "(?<!\\d)\\d{1,2}\\s*(" + MONTHS + ")"
            + "|(?i)\\b(" + ENGLISH_MONTHS + "|may) \\d{1,2}\\b"
            + "|(?i)\\b\\d{1,2} (" + ENGLISH_MONTHS + "|may)\\b";
    private static final Pattern DATE = Pattern.compile(DAY_OF_MONTH);
    /** A weekday or a day of a month: "बुधवार", "18 जून". */
    private static final Pattern DAY = Pattern.compile(
            WEEKDAYS + "|(?i)\\b(" + ENGLISH_WEEKDAYS + ")\\b|" + DAY_OF_MONTH);
    /** A year ("2022") or a day of a month ("18 जून") is a date, not how many of something there are. */
    private static final Pattern COUNT = Pattern.compile(
            "(?<!\\d)(?!(1[89]|20)\\d\\d(?!\\d))\\d+(?!\\d)(?!\\s*(" + CALENDAR + "))|"
                    + "(^|\\s)(दो|तीन|चार|पांच|पाँच|छह|सात|आठ|नौ|दस|बीस|सौ|हजार|हज़ार|लाख|करोड़|दर्जन)(\\s|$)|"
                    // "how many times": "तीसरी बार", the third. "पहली बार" is everywhere and "दूसरी तरफ" is "on the
                    // other hand", so the first only does not count and the second only with बार.
                    + "(^|\\s)(तीसरी|तीसरा|तीसरे|चौथी|चौथा|पांचवीं|पांचवां)(\\s|$)|(दूसरी|दूसरा) बार|"
                    // "how many countries": "most of them" is a count; "several" (कई) says nothing of how many.
                    + "अधिकांश|अधिकतर|ज्यादातर|ज़्यादातर|\\bmost\\b|\\bmajority\\b|"
                    + "\\b(one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|second|third|fourth"
                    + "|fifth)\\b");
    /** A count of days, weeks or years: "दो दिन", "24 सालों", "कई महीनों", "two days". */
    private static final Pattern DURATION = Pattern.compile(
            "(?<![\\p{L}\\p{M}\\d])(\\d+|एक|दो|तीन|चार|पांच|पाँच|छह|सात|आठ|नौ|दस|बीस|कुछ|कई)\\s*-?\\s*"
                    + "(दिन|दिनों|घंटे|घंटों|हफ्ते|हफ्तों|सप्ताह|महीने|महीनों|साल|सालों|वर्ष|वर्षों|बरस|बरसों)"
                    + "(?![\\p{L}\\p{M}])"
                    + "|\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|a few|several)[ -]"
                    + "(days?|hours?|weeks?|months?|years?)\\b");
    /** Dates that bound a stretch: "मंगलवार और बुधवार को", "18 से 19 जून तक", "since 2011". */
    private static final Pattern STRETCH = Pattern.compile(
            "(" + WEEKDAYS + ")\\s+(और|से|व|-)\\s+(" + WEEKDAYS + ")"
                    + "|(?<!\\d)\\d{1,2}\\s*(से|-)\\s*\\d{1,2}\\s*(" + MONTHS + ")"
                    + "|(?<!\\d)(1[89]|20)\\d\\d\\s+के बाद से"
                    + "|(?i)\\b(" + ENGLISH_WEEKDAYS + ")\\s+(and|to|through)\\s+(" + ENGLISH_WEEKDAYS + ")\\b"
                    + "|(?i)\\bsince (1[89]|20)\\d\\d\\b");
    /**
     * "…में हुई" says where, unless a date comes before it: "सितम्बर में हुई बैठक" says when. "क्षेत्रीय",
     * "केंद्रीय" (regional, central) describe and "स्थिति" is a situation; none of them places.
     */
    private static final Pattern PLACE = Pattern.compile(
            "शहर|जगह|स्थल|स्थित(?!ि)|क्षेत्र(?!ीय)|राजधानी|केंद्र(?!ीय)|\\bcity\\b|\\bin [A-Z]|"
                    // kinds of place a meeting or a launch happens at
                    + "कॉस्मोड्रोम|स्पेसपोर्ट|एयरपोर्ट|हवाई अड्ड|बंदरगाह|दूतावास|मुख्यालय|प्रांत|द्वीप|"
                    + "(?<!" + CALENDAR + "|साल|वर्ष|महीने|\\d) में (हुई|होगी|हुआ|होगा)");

    /** Hindi verbs of saying: "कहा" (said), not "कहां" (where). {@link Attribution} reads their speaker. */
    static final String HINDI_SAYING = "कहा(?![ंँ])|कहना|बताया|बोले|ऐलान|घोषणा|दावा|चेतावनी";
    private static final Pattern STATEMENT = Pattern.compile(
            HINDI_SAYING + "|संदेश|\"|“|‘|\\bsaid\\b|\\bannounced\\b");

    /** How people get somewhere: the vehicle or the route. */
    private static final Pattern MEANS = Pattern.compile(
            "ट्रेन|रेल|विमान|प्लेन|हवाई|जहाज|कार से|बस से|हेलीकॉप्टर|सड़क|उड़ान|काफिल|"
                    + "\\b(train|plane|flight|aircraft|car|ship|bus|helicopter|motorcade|by road|by air|by sea)\\b");

    /**
     * People by their role: "who went with Kim" is answered by "आर्मी ऑफिसर", "who said so" by "अधिकारी". Presidents
     * and leaders are not among them: the articles name one in nearly every sentence.
     */
    private static final Pattern PERSON = Pattern.compile(
            "अधिकारी|ऑफिसर|मंत्री|प्रवक्ता|सलाहकार|राजदूत|कमांडर|जनरल|प्रतिनिधि|विशेषज्ञ|सहयोगी|"
                    + "\\b(officials?|officers?|ministers?|spokes(man|woman|person)|advisers?|ambassadors?|experts?)\\b");

    /** An amount of money comes with its currency. */
    private static final Pattern MONEY = Pattern.compile(
            QuestionWords.CURRENCIES_HINDI + "|यूरो|[$€£₹]|\\b(" + QuestionWords.CURRENCIES_ENGLISH + ")\\b",
            Pattern.CASE_INSENSITIVE);

    /** A distance comes with its unit. */
    private static final Pattern DISTANCE = Pattern.compile(
            "किलोमीटर|किमी|मील|मीटर|\\b(km|kms|kilomet(er|re)s?|miles?)\\b");

    private IntentCues() {
    }

    /** Every intent {@code sentence} fits. */
    public static Set<Intent> of(String sentence) {
        Set<Intent> fits = EnumSet.noneOf(Intent.class);
        for (Intent intent : Intent.values()) {
            if (fits(intent, sentence)) {
                fits.add(intent);
            }
        }
        return Collections.unmodifiableSet(fits);
    }

    public static boolean fits(Intent intent, String sentence) {
        Pattern p = switch (intent) {
            case REASON -> REASON;
            case DAY -> DAY;
            case DATE -> DATE;
            case TIME -> TIME;
            case DURATION -> DURATION;
            case COUNT -> COUNT;
            case PLACE -> PLACE;
            case STATEMENT -> STATEMENT;
            case MEANS -> MEANS;
            case PERSON -> PERSON;
            case DISTANCE -> DISTANCE;
            case MONEY -> MONEY;
            default -> null;
        };
        return p != null && p.matcher(sentence).find();
    }

    /**
     * Whether {@code sentence} gives the dates a stretch of time runs between, which tells how long it lasts as a count
     * of days would; one date does not ("पिछले वर्ष सितम्बर में हुई बैठक" says when, not for how long). Not a cue
     * for ranking: where the articles count the days, that sentence is the better answer.
     */
    public static boolean boundsAStretch(String sentence) {
        return STRETCH.matcher(sentence).find();
    }

    /** Whether an analyzed word names a time ("साल", "सितंबर", "हफ्ते"), not a date given in digits. */
    public static boolean isTimeWord(String term) {
        return fits(Intent.TIME, term) && term.chars().noneMatch(Character::isDigit);
    }
}
