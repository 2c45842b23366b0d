package dev.khabar.query;

import dev.khabar.index.Analyzers;
import dev.khabar.text.Skeleton;
import dev.khabar.text.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bridges a question in English, Hindi or Hinglish to the Hindi articles without a translation model. English
 * words and phrases go through the glossary, romanized Hindi through the Hinglish lexicon, the consonant skeleton
 * and ICU transliteration, and Hindi words pick up their glossary siblings. Each question word becomes one
 * {@link Concept} listing all of its renderings.
 */
public final class BilingualQueryTransformer implements QueryTransformer {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");
    /** "w/ kim" is chat shorthand for "with"; its one letter would otherwise be dropped as too short to mean much. */
    private static final Pattern WITH_SHORTHAND = Pattern.compile("(?i)\\bw/(?!o\\b)");
    /** "N Korea", "S. Korea": the same, for the compass point. */
    private static final Pattern NORTH_SHORTHAND = Pattern.compile("(?<!['’])\\bN\\.?\\s?(?=Korea)");
    private static final Pattern SOUTH_SHORTHAND = Pattern.compile("(?<!['’])\\bS\\.?\\s?(?=Korea)");
    /** "day of the week", "hafte ke kis din", "सप्ताह के किस दिन": the week is part of asking for a weekday. */
    private static final Pattern DAY_OF_WEEK = Pattern.compile(
            "(?i)\\b(days?)\\s+of\\s+the\\s+week\\b|\\b(?:hafte|hafta|week)\\s+(?:ke|ka|ki)\\s+"
                    + "(?=(?:kis|kaun ?se|konse|which)\\s)|(?:सप्ताह|हफ्ते|हफ़्ते)\\s+के\\s+(?=किस\\s)");

    /** How much a guessed rendering counts next to a listed one. */
    static final float LISTED = 1.0f;
    static final float SIBLING = 0.6f;
    static final float SKELETON = 0.6f;
    static final float TRANSLITERATED = 0.4f;
    private static final int ANSWER_TYPE_WINDOW = 3;

    private final Lexicon lexicon;
    private final IcuTransliterator transliterator = new IcuTransliterator();

    public BilingualQueryTransformer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public ExpandedQuery transform(String question) {
        String text = TextNormalizer.nfc(question);
        Language language = Language.detect(text, lexicon);
        List<Concept> concepts = new ArrayList<>();
        List<String> latinRun = new ArrayList<>();
        List<Boolean> capitalized = new ArrayList<>();
        List<String> devanagariRun = new ArrayList<>();
        Intent intent = Intent.of(text);
        String words = DAY_OF_WEEK.matcher(QuestionWords.withoutPassiveSaying(expandShorthand(text))).replaceAll("$1");
        Matcher m = WORD.matcher(words);
        boolean first = true;
        java.util.Deque<String> recent = new java.util.ArrayDeque<>();
        List<Integer> choices = new ArrayList<>();
        while (m.find()) {
            String word = m.group();
            String lower = word.toLowerCase(Locale.ROOT);
            // "which day", "kis tarah ki jagah": the kind of answer wanted, a few words after a which-word.
            // So is a word restating the intent: "kab h? date?", "कितने नंबर की".
            boolean answerType = intent != Intent.COUNT && intent != Intent.DURATION
                    && QuestionWords.ANSWER_TYPES.contains(lower)
                    && recent.stream().anyMatch(QuestionWords.WHICH::contains)
                    || QuestionWords.restatesIntent(intent, lower)
                    || QuestionWords.namesTheAnswer(lower, words, m.end());
            // "how long", "how often": the rest of the question word, not a word to look for.
            boolean restOfHow = "how".equals(recent.peekLast()) && QuestionWords.HOW_WHAT.contains(lower);
            boolean framing = QuestionWords.framesATime(lower, recent.peekLast())
                    || QuestionWords.endsAnEvent(lower, words, m.end());
            recent.addLast(lower);
            if (recent.size() > ANSWER_TYPE_WINDOW) {
                recent.removeFirst();
            }
            if (answerType || restOfHow || framing) {
                flushLatin(concepts, latinRun, capitalized, language);
                flushDevanagari(concepts, devanagariRun);
            } else if (offersAChoice(lower, language, words, m.end())) {
                flushLatin(concepts, latinRun, capitalized, language);
                flushDevanagari(concepts, devanagariRun);
                choices.add(concepts.size());
            } else if (isDevanagari(word)) {
                flushLatin(concepts, latinRun, capitalized, language);
                devanagariRun.add(word);
            } else if (word.length() > 1 || Character.isDigit(word.charAt(0))) {
                flushDevanagari(concepts, devanagariRun);
                latinRun.add(isAcronym(word) ? word : lower);
                capitalized.add(isAcronym(word) || (looksLikeName(word) && (!first || opensWithName(word, language))));
            }
            first = false;
        }
        flushLatin(concepts, latinRun, capitalized, language);
        flushDevanagari(concepts, devanagariRun);
        List<Concept> merged = merge(eitherOr(concepts, choices));
        return new ExpandedQuery(text, language, intent, merged, focus(text, merged));
    }

    private static String expandShorthand(String text) {
        String s = WITH_SHORTHAND.matcher(text).replaceAll("with ");
        s = NORTH_SHORTHAND.matcher(s).replaceAll("North ");
        return SOUTH_SHORTHAND.matcher(s).replaceAll("South ");
    }

    /**
     * "what is the X", "which X", "how many X", "X kitne hain": the thing asked about, which the answer must name. Not
     * the word after "क्या"/"kya": Hindi puts the verb there ("क्या खड़ा करना चाहते हैं", "kya kaha").
     */
    private static final Pattern FOCUS_CUE = Pattern.compile(
            "\\b(what|who)\\s+(is|was|are|were)\\s+(the\\s+|a\\s+|an\\s+)?|\\bwhich\\s+|\\bhow\\s+(many|much)\\s+"
                    + "|\\b(kitne|kitna|kitni)\\s+|(कितने|कितना|कितनी)\\s+"
                    // "kaun kaun se minister", "कौन-से मंत्री": which
                    + "|\\b(kaun[- ]?kaun[- ]?|kon[- ]?kon[- ]?)?" + QuestionWords.HINGLISH_WHICH + "\\s+"
                    + "|(कौन[- ]?कौन[- ]?)?कौन[- ]?(से|सी|सा)\\s+|(?<![\\p{L}\\p{M}])किस\\s+");
    /** "which", "kaun se", "किस": the cue of a choice among things of a kind, which a name only narrows. */
    private static final Pattern WHICH_CUE = Pattern.compile("which|kis|kaun|kon|कौन|किस");
    private static final Pattern ASKED_BEFORE = Pattern.compile(
            "\\s+(kitne|kitna|kitni|kaun|kon|kisne)\\b|\\s+(कितने|कितना|कितनी|कौन|किसने)(\\s|$|\\?)");

    /**
     * The concept a question is about: the one standing right after its cue ("what was the weather", "how many
     * missiles", "किस होटल"), or right before a trailing "kitni" or "kaun" ("aabadi kitni hai", "driver kaun tha").
     * An answer that cannot name it cannot be an answer.
     */
    private static int focus(String text, List<Concept> concepts) {
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher cue = FOCUS_CUE.matcher(lower);
        while (cue.find()) {
            int at = conceptAt(lower, cue.end(), concepts);
            if (at != ExpandedQuery.NO_FOCUS) {
                return headOf(lower, cue.end(), at, concepts, WHICH_CUE.matcher(cue.group()).find());
            }
        }
        Matcher after = ASKED_BEFORE.matcher(lower);
        if (after.find()) {
            int wordStart = lower.lastIndexOf(' ', after.start() - 1) + 1;
            return conceptAt(lower, wordStart, concepts);
        }
        return ExpandedQuery.NO_FOCUS;
    }

    /**
     * "russian", "korean", "chinese", "western", रूसी, अमेरिकी, पश्चिमी: a nationality or direction that describes the
     * word after it.
     */
    private static final Pattern DESCRIBING = Pattern.compile("[a-z]+(ian|ean|ese|ern|ish)"
            + "|रूसी|अमेरिकी|चीनी|जापानी|कोरियाई|यूक्रेनी|भारतीय|ब्रिटिश|यूरोपीय|ईरानी|विदेशी"
            + "|पश्चिमी|पूर्वी|उत्तरी|दक्षिणी");

    /**
     * "which russian ministers", "kaun se Russian minister", "कौन से रूसी मंत्री": the thing asked about is the word
     * the nationality describes. (Only for these words: in "kitni missile daagi" the word after the noun is a verb.)
     * After "which" a name describes too: "which White House official" asks for the official.
     */
    private static int headOf(String lower, int position, int first, List<Concept> concepts, boolean which) {
        Concept word = concepts.get(first);
        boolean describing = DESCRIBING.matcher(word.surface().toLowerCase(Locale.ROOT)).matches()
                || which && word.kind() == Concept.Kind.NAME;
        if (!describing) {
            return first;
        }
        int next = position + concepts.get(first).surface().length();
        if (next < lower.length() && (lower.charAt(next) == ' ' || lower.charAt(next) == '-')) {
            int second = conceptAt(lower, next + 1, concepts);
            if (second != ExpandedQuery.NO_FOCUS) {
                return second;
            }
        }
        return first;
    }

    private static int conceptAt(String lower, int position, List<Concept> concepts) {
        for (int i = 0; i < concepts.size(); i++) {
            if (lower.startsWith(concepts.get(i).surface().toLowerCase(Locale.ROOT), position)) {
                return i;
            }
        }
        return ExpandedQuery.NO_FOCUS;
    }

    /** The concepts of a run of Latin words, added to {@code concepts}; the run starts over. */
    private void flushLatin(List<Concept> concepts, List<String> run, List<Boolean> capitalized, Language language) {
        concepts.addAll(latin(run, capitalized, language));
        run.clear();
        capitalized.clear();
    }

    private void flushDevanagari(List<Concept> concepts, List<String> run) {
        concepts.addAll(devanagari(run));
        run.clear();
    }

    /**
     * A run of Hindi words: a phrase the glossary lists ("नॉर्थ कोरिया") becomes one concept with its other
     * spellings ("उत्तर कोरिया"), longest first, when one of its words is known only through it (नॉर्थ); any other
     * word stands alone, so "यूक्रेन युद्ध" still counts as two things the answer should mention.
     */
    private List<Concept> devanagari(List<String> words) {
        List<Concept> concepts = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int taken = 1;
            for (int n = Math.min(Lexicon.MAX_PHRASE_WORDS, words.size() - i); n >= 2 && taken == 1; n--) {
                String phrase = String.join(" ", words.subList(i, i + n));
                Set<String> spellings = lexicon.hindiSiblings(phrase);
                boolean bridges = words.subList(i, i + n).stream().anyMatch(w -> lexicon.hindiSiblings(w).isEmpty());
                if (!spellings.isEmpty() && bridges) {
                    List<Alternative> alts = new ArrayList<>();
                    addHindi(alts, phrase, LISTED);
                    spellings.forEach(s -> addHindi(alts, s, SIBLING));
                    concepts.add(new Concept(phrase, Concept.Kind.HINDI, alts));
                    taken = n;
                }
            }
            if (taken == 1) {
                concepts.addAll(hindi(words.get(i), i + 1 < words.size() ? words.get(i + 1) : ""));
            }
            i += taken;
        }
        return concepts;
    }

    private List<Concept> hindi(String word, String next) {
        if (QuestionWords.HINDI.contains(word)) {
            return List.of();
        }
        List<String> terms = Analyzers.terms(Analyzers.HI, word);
        if (terms.isEmpty()) {
            return List.of();
        }
        List<Alternative> alts = new ArrayList<>();
        alts.add(new Alternative(Analyzers.HI, terms, LISTED));
        for (String sibling : lexicon.hindiSiblings(word)) {
            addHindi(alts, sibling, SIBLING);
        }
        Concept.Kind kind = QuestionWords.isHindiVerb(word, next) ? Concept.Kind.HINDI_VERB : Concept.Kind.HINDI;
        return List.of(new Concept(word, kind, alts));
    }

    private List<Concept> latin(List<String> words, List<Boolean> capitalized, Language language) {
        List<Concept> concepts = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (int n = Math.min(Lexicon.MAX_PHRASE_WORDS, words.size() - i); n >= 1 && matched == 0; n--) {
                List<String> phrase = words.subList(i, i + n);
                if (isStopWord(phrase.get(0), language)) {
                    break;
                }
                List<String> lower = phrase.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
                var hindi = new java.util.LinkedHashSet<>(lexicon.englishToHindi(lower));
                if (n > 1 || language == Language.HINGLISH) {
                    hindi.addAll(lexicon.hinglishToHindi(lower));
                }
                // A phrase ends on a word that names something, unless the lexicon lists it ("sabse pehle": first).
                if (isStopWord(phrase.get(n - 1), language) && (n == 1 || hindi.isEmpty())) {
                    continue;
                }
                if (!hindi.isEmpty() && allHindiStopWords(hindi)) {
                    matched = n; // a Hindi function word in disguise ("kaha", "kya")
                } else if (!hindi.isEmpty()) {
                    List<Alternative> alts = new ArrayList<>();
                    hindi.forEach(h -> addHindi(alts, h, LISTED));
                    addIfAny(alts, Analyzers.EN, String.join(" ", lower), LISTED);
                    // typed on a phone, "joe biden" is as much a name as "Joe Biden"
                    boolean name = capitalized.subList(i, i + n).contains(true) || lexicon.isName(lower);
                    Concept.Kind kind = name ? Concept.Kind.NAME
                            : n == 1 && QuestionWords.QUALIFIERS.contains(lower.get(0)) ? Concept.Kind.QUALIFIER
                            : Concept.Kind.LISTED;
                    concepts.add(new Concept(String.join(" ", phrase), kind, alts));
                    matched = n;
                }
            }
            if (matched == 0) {
                String w = words.get(i).toLowerCase(Locale.ROOT);
                if (!isStopWord(w, language)) {
                    concepts.add(unlisted(w, capitalized.get(i), language));
                }
                matched = 1;
            }
            i += matched;
        }
        return concepts;
    }

    /** A Latin word missing from the glossary: a Hinglish word, a name, or an English word the articles lack. */
    private Concept unlisted(String w, boolean capitalized, Language language) {
        List<Alternative> alts = new ArrayList<>();
        lexicon.hinglishToHindi(w).forEach(h -> addHindi(alts, h, LISTED));
        boolean listed = !alts.isEmpty();
        boolean soundsListed = false;
        if (!listed && language == Language.HINGLISH) {
            var similar = lexicon.hinglishBySkeleton(w);
            similar.forEach(h -> addHindi(alts, h, SIBLING));
            soundsListed = !similar.isEmpty();
        }
        if (language != Language.HINGLISH || !lexicon.isHinglishWord(w)) {
            addIfAny(alts, Analyzers.EN, w, LISTED);
        }
        // Guessed spellings only where the lexicons know nothing: the skeleton of "sunak" is also that of आशंका.
        if (!listed) {
            addSkeleton(alts, w);
            if (!w.chars().allMatch(Character::isDigit)) {
                String guess = language == Language.HINGLISH && !capitalized ? transliterator.hinglishToDevanagari(w)
                        : transliterator.toDevanagari(w);
                // A guessed verb stems to its root, and a two-letter root (जा, हो, कर) is in every other sentence.
                if (Analyzers.terms(Analyzers.HI, guess).stream().allMatch(t -> t.length() > 2)) {
                    addHindi(alts, guess, TRANSLITERATED);
                }
            }
        }
        Concept.Kind kind = capitalized || w.chars().allMatch(Character::isDigit) ? Concept.Kind.NAME
                : lexicon.isHinglishWord(w) || soundsListed ? Concept.Kind.LISTED : Concept.Kind.UNLISTED;
        return new Concept(w, kind, alts);
    }

    /**
     * A first word is capitalized anyway. A Hinglish question opens with a question word or a name ("Zelensky
     * ne...", "Putin ko..."); an English one may open with any word ("Besides weapons", "Supplying arms…"), so
     * there only a word the glossary lists as a name counts as one.
     */
    private boolean opensWithName(String word, Language language) {
        String w = word.toLowerCase(Locale.ROOT);
        if (QuestionWords.ENGLISH.contains(w) || lexicon.isHinglishFunctionWord(w) || QuestionWords.WHICH.contains(w)) {
            return false;
        }
        return language != Language.EN || lexicon.isName(List.of(w));
    }

    /** "Biden", "Raebareli": capitalized inside the question. */
    private static boolean looksLikeName(String word) {
        return Character.isUpperCase(word.charAt(0));
    }

    /** "US", "UN", "IPL": kept apart from the pronoun "us" and other stop words. */
    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.length() <= 5 && word.chars().allMatch(Character::isUpperCase);
    }

    private boolean isStopWord(String w, Language language) {
        if (isAcronym(w)) {
            return false;
        }
        w = w.toLowerCase(Locale.ROOT);
        return lexicon.isHinglishFunctionWord(w)
                || (language != Language.HINGLISH && QuestionWords.ENGLISH.contains(w))
                || (language == Language.HINGLISH && QuestionWords.ENGLISH.contains(w) && w.length() <= 3);
    }

    private static boolean allHindiStopWords(java.util.Collection<String> hindi) {
        return hindi.stream().allMatch(h -> Analyzers.terms(Analyzers.HI, h).isEmpty());
    }

    private static void addHindi(List<Alternative> alts, String hindi, float boost) {
        addIfAny(alts, Analyzers.HI, hindi, boost);
    }

    private static void addSkeleton(List<Alternative> alts, String latinWord) {
        String skeleton = Skeleton.ofLatin(latinWord);
        if (Skeleton.consonants(skeleton) >= Skeleton.MIN_LENGTH + 1) {
            alts.add(new Alternative(Analyzers.ROM, List.of(skeleton), SKELETON));
        }
    }

    private static void addIfAny(List<Alternative> alts, String field, String text, float boost) {
        List<String> terms = Analyzers.terms(field, text);
        if (!terms.isEmpty() && alts.stream().noneMatch(a -> a.field().equals(field) && a.terms().equals(terms))) {
            alts.add(new Alternative(field, terms, boost));
        }
    }

    private static final Set<String> EITHER_OR = Set.of("ya", "yaa", "या", "अथवा");
    private static final Pattern NOT = Pattern.compile("\\s*(not|nahi|nahin|nhi|नहीं|नही)(?![\\p{L}\\p{M}])",
            Pattern.CASE_INSENSITIVE);

    /**
     * "plane se ya train se", "public or secret", "एकतरफा हैं या…": the question offers options, and the articles
     * bear out one of them, not both. Not "ya nahi" (or not), nor a Hinglish "or", which is typed for "और" (and).
     */
    private static boolean offersAChoice(String lower, Language language, String question, int after) {
        boolean or = lower.equals("or") ? language != Language.HINGLISH : EITHER_OR.contains(lower);
        return or && !NOT.matcher(question).region(after, question.length()).lookingAt();
    }

    /** The two concepts either side of each choice, made one that any of their renderings satisfies. */
    private static List<Concept> eitherOr(List<Concept> concepts, List<Integer> choices) {
        List<Concept> out = new ArrayList<>(concepts);
        for (int k = choices.size() - 1; k >= 0; k--) {
            int after = choices.get(k);
            if (after > 0 && after < out.size()) {
                Concept first = out.get(after - 1);
                List<Alternative> either = new ArrayList<>(first.alternatives());
                out.get(after).alternatives().stream().filter(a -> !either.contains(a)).forEach(either::add);
                out.set(after - 1, new Concept(first.surface(), first.kind(), either));
                out.remove(after);
            }
        }
        return out;
    }

    /** Repeated question words count once. */
    private static List<Concept> merge(List<Concept> concepts) {
        Map<List<Alternative>, Concept> unique = new LinkedHashMap<>();
        for (Concept c : concepts) {
            if (!c.alternatives().isEmpty()) {
                unique.putIfAbsent(c.alternatives(), c);
            }
        }
        return List.copyOf(unique.values());
    }

    private static boolean isDevanagari(String word) {
        return word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.DEVANAGARI);
    }
}
