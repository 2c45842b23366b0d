package dev.khabar.query;

import dev.khabar.index.Analyzers;
import dev.khabar.text.Skeleton;
import dev.khabar.text.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** How much a guessed rendering counts next to a listed one. */
    static final float LISTED = 1.0f;
    static final float SIBLING = 0.6f;
    static final float SKELETON = 0.6f;
    static final float TRANSLITERATED = 0.4f;

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
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (isDevanagari(word)) {
                concepts.addAll(latin(latinRun, language));
                latinRun.clear();
                concepts.addAll(hindi(word));
            } else {
                latinRun.add(word.toLowerCase(Locale.ROOT));
            }
        }
        concepts.addAll(latin(latinRun, language));
        return new ExpandedQuery(text, language, Intent.of(text), merge(concepts));
    }

    private List<Concept> hindi(String word) {
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
        return List.of(new Concept(word, alts));
    }

    private List<Concept> latin(List<String> words, Language language) {
        List<Concept> concepts = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (int n = Math.min(Lexicon.MAX_PHRASE_WORDS, words.size() - i); n >= 1 && matched == 0; n--) {
                List<String> phrase = words.subList(i, i + n);
                if (n == 1 && isStopWord(phrase.get(0), language)) {
                    break;
                }
                var hindi = new java.util.LinkedHashSet<>(lexicon.englishToHindi(phrase));
                if (n > 1 || language == Language.HINGLISH) {
                    hindi.addAll(lexicon.hinglishToHindi(phrase));
                }
                if (!hindi.isEmpty()) {
                    List<Alternative> alts = new ArrayList<>();
                    hindi.forEach(h -> addHindi(alts, h, LISTED));
                    addIfAny(alts, Analyzers.EN, String.join(" ", phrase), LISTED);
                    if (language == Language.HINGLISH) {
                        phrase.forEach(w -> addSkeleton(alts, w));
                    }
                    concepts.add(new Concept(String.join(" ", phrase), alts));
                    matched = n;
                }
            }
            if (matched == 0) {
                String w = words.get(i);
                if (!isStopWord(w, language)) {
                    concepts.add(unlisted(w, language));
                }
                matched = 1;
            }
            i += matched;
        }
        return concepts;
    }

    /** A Latin word missing from the glossary: a Hinglish word, a name, or an English word the articles lack. */
    private Concept unlisted(String w, Language language) {
        List<Alternative> alts = new ArrayList<>();
        lexicon.hinglishToHindi(w).forEach(h -> addHindi(alts, h, LISTED));
        if (language != Language.HINGLISH || !lexicon.isHinglishWord(w)) {
            addIfAny(alts, Analyzers.EN, w, LISTED);
        }
        addSkeleton(alts, w);
        if (!w.chars().allMatch(Character::isDigit)) {
            addHindi(alts, transliterator.toDevanagari(w), TRANSLITERATED);
        }
        return new Concept(w, alts);
    }

    private boolean isStopWord(String w, Language language) {
        return lexicon.isHinglishFunctionWord(w)
                || (language != Language.HINGLISH && QuestionWords.ENGLISH.contains(w))
                || (language == Language.HINGLISH && QuestionWords.ENGLISH.contains(w) && w.length() <= 3);
    }

    private static void addHindi(List<Alternative> alts, String hindi, float boost) {
        addIfAny(alts, Analyzers.HI, hindi, boost);
    }

    private static void addSkeleton(List<Alternative> alts, String latinWord) {
        String skeleton = Skeleton.ofLatin(latinWord);
        if (skeleton.length() >= Skeleton.MIN_LENGTH + 1) {
            alts.add(new Alternative(Analyzers.ROM, List.of(skeleton), SKELETON));
        }
    }

    private static void addIfAny(List<Alternative> alts, String field, String text, float boost) {
        List<String> terms = Analyzers.terms(field, text);
        if (!terms.isEmpty() && alts.stream().noneMatch(a -> a.field().equals(field) && a.terms().equals(terms))) {
            alts.add(new Alternative(field, terms, boost));
        }
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
