package dev.khabar.query;

import dev.khabar.index.Analyzers;
import dev.khabar.text.Skeleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The project's bilingual word lists: an English→Hindi news glossary and a romanized-Hindi (Hinglish) lexicon, both
 * tab-separated data files under {@code lexicon/}. English keys are looked up by their Porter stems, so "missiles"
 * finds the entry for "missile"; a Hindi word finds the other Hindi forms of the entries it belongs to.
 */
public final class Lexicon {

    public static final int MAX_PHRASE_WORDS = 4;
    private static final int MIN_SKELETON_LOOKUP = 3;

    /** Shorter stems are mostly verb roots (मिल, मान, कर), each shared by words of many meanings: not bridged. */
    private static final int MIN_STEM = 4;

    private final Map<String, Set<String>> english = new HashMap<>();
    private final Map<String, Set<String>> hinglish = new HashMap<>();
    private final Set<String> hinglishFunctionWords = new HashSet<>();
    private final Map<String, Set<String>> hindiSiblings = new HashMap<>();
    /** The same, by the Hindi stem of a one-word form: "इल्ज़ामों" finds the siblings of the listed "इल्जाम". */
    private final Map<String, Set<String>> hindiSiblingsByStem = new HashMap<>();
    private final Map<String, Set<String>> hinglishSkeletons = new HashMap<>();
    /** The Hinglish entries by {@link #folded} spelling: "ane" finds "aane", "bich" finds "beech". */
    private final Map<String, Set<String>> hinglishFolded = new HashMap<>();
    private final Set<String> hinglishFunctionWordsFolded = new HashSet<>();
    /** Keys of the glossary's named entities (people, places, organisations), however a question capitalizes them. */
    private final Set<String> names = new HashSet<>();

    public static Lexicon load() {
        Lexicon lexicon = new Lexicon();
        lexicon.read("lexicon/en-hi.tsv", false);
        lexicon.read("lexicon/hinglish-hi.tsv", true);
        return lexicon;
    }

    /** An empty lexicon plus the given entries; for tests and for callers with their own lists. */
    public static Lexicon of(Map<String, List<String>> englishToHindi, Map<String, List<String>> hinglishToHindi,
            Set<String> hinglishStopWords) {
        Lexicon lexicon = new Lexicon();
        englishToHindi.forEach((k, v) -> lexicon.addEnglish(k, v));
        hinglishToHindi.forEach(lexicon::addHinglish);
        hinglishStopWords.forEach(lexicon::addHinglishFunctionWord);
        return lexicon;
    }

    /** Hindi renderings of an English word or phrase (any inflection), or none. */
    public Set<String> englishToHindi(List<String> words) {
        return english.getOrDefault(key(words), Set.of());
    }

    public Set<String> hinglishToHindi(String romanWord) {
        return hinglishToHindi(List.of(romanWord));
    }

    /** Hindi for a romanized phrase ("uttar korea"), or none. */
    public Set<String> hinglishToHindi(List<String> romanWords) {
        String roman = String.join(" ", romanWords).toLowerCase(Locale.ROOT);
        Set<String> listed = hinglish.get(roman);
        return listed != null ? listed : hinglishFolded.getOrDefault(folded(roman), Set.of());
    }

    /**
     * Hindi for a romanized word spelled in a way the lexicon does not list ("dhanyavaad" for "dhanyavad"), found
     * by consonant skeleton; only for skeletons long enough to be telling.
     */
    public Set<String> hinglishBySkeleton(String romanWord) {
        String skeleton = Skeleton.ofLatin(romanWord);
        return Skeleton.consonants(skeleton) < MIN_SKELETON_LOOKUP ? Set.of() : hinglishSkeletons.getOrDefault(skeleton, Set.of());
    }

    /** Whether the glossary lists {@code words} as a name: "joe biden" typed in lower case is still a person. */
    public boolean isName(List<String> words) {
        return names.contains(key(words));
    }

    public boolean isHinglishFunctionWord(String romanWord) {
        String w = romanWord.toLowerCase(Locale.ROOT);
        return hinglishFunctionWords.contains(w)
                || !hinglish.containsKey(w) && hinglishFunctionWordsFolded.contains(folded(w));
    }

    public boolean isHinglishWord(String romanWord) {
        String w = romanWord.toLowerCase(Locale.ROOT);
        return isHinglishFunctionWord(w) || !hinglishToHindi(w).isEmpty();
    }

    /**
     * Other Hindi forms listed with {@code hindiWord} in the glossary (its synonyms and inflections); for a phrase
     * such as "नॉर्थ कोरिया", its other spellings ("उत्तर कोरिया").
     */
    public Set<String> hindiSiblings(String hindiWord) {
        Set<String> listed = hindiSiblings.get(withoutNukta(hindiWord));
        if (listed != null || hindiWord.contains(" ")) {
            return listed == null ? Set.of() : listed;
        }
        String stem = hindiStem(hindiWord);
        return stem == null ? Set.of() : hindiSiblingsByStem.getOrDefault(stem, Set.of());
    }

    /** The one term the Hindi analyzer makes of {@code word}, or null (none, several, or a short stem). */
    private static String hindiStem(String word) {
        List<String> terms = Analyzers.terms(Analyzers.HI, word);
        if (terms.size() != 1) {
            return null;
        }
        String stem = terms.get(0);
        return stem.codePointCount(0, stem.length()) >= MIN_STEM ? stem : null;
    }

    /** "नज़र" and "नजर" are one word spelled two ways, as Lucene's Hindi normalizer also treats them. */
    private static String withoutNukta(String hindi) {
        return hindi.replace("\u093C", "");
    }

    public int size() {
        return english.size() + hinglish.size();
    }

    private void read(String resource, boolean isHinglish) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
        }
        if (in == null) {
            org.jboss.logging.Logger.getLogger(Lexicon.class).warnf("Lexicon %s is missing; questions in English and "
                    + "Hinglish will only match words the articles spell the same way", resource);
            return;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean functionWords = false;
            boolean named = false;
            String line;
            while ((line = r.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.startsWith("#")) {
                    String lower = trimmed.toLowerCase(Locale.ROOT);
                    if (lower.contains("function word")) {
                        functionWords = true;
                    } else if (lower.contains("content word")) {
                        functionWords = false;
                    }
                    if (lower.startsWith("# =====")) {
                        named = lower.contains("named entities");
                    }
                    continue;
                }
                int tab = trimmed.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                String source = trimmed.substring(0, tab).strip().toLowerCase(Locale.ROOT);
                List<String> targets = Arrays.stream(trimmed.substring(tab + 1).split("\\|"))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList();
                if (isHinglish) {
                    if (functionWords) {
                        addHinglishFunctionWord(source);
                    } else {
                        addHinglish(source, targets);
                    }
                } else {
                    String key = addEnglish(source, targets);
                    if (named) {
                        names.add(key);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addHinglish(String roman, List<String> hindi) {
        hinglish.computeIfAbsent(roman, k -> new LinkedHashSet<>()).addAll(hindi);
        hinglishSkeletons.computeIfAbsent(Skeleton.ofLatin(roman), k -> new LinkedHashSet<>()).addAll(hindi);
        hinglishFolded.computeIfAbsent(folded(roman), k -> new LinkedHashSet<>()).addAll(hindi);
    }

    private void addHinglishFunctionWord(String roman) {
        hinglishFunctionWords.add(roman);
        hinglishFunctionWordsFolded.add(folded(roman));
    }

    /**
     * A romanized spelling with its long vowels written once: phone typing writes them once or twice ("aane",
     * "ane"; "beech", "bich"; "hoon", "hun"). Not the nasal ending: "kahan" (where) is not "kaha" (said).
     */
    static String folded(String roman) {
        return roman.replace("aa", "a").replace("ee", "i").replace("ii", "i").replace("oo", "u");
    }

    /** Adds an entry; returns its lookup key. */
    private String addEnglish(String phrase, List<String> hindi) {
        String k = key(Arrays.asList(phrase.toLowerCase(Locale.ROOT).split("\\s+")));
        if (k.isEmpty() || hindi.isEmpty()) {
            return k;
        }
        english.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(hindi);
        for (String h : hindi) {
            Set<String> siblings = hindiSiblings.computeIfAbsent(withoutNukta(h), x -> new LinkedHashSet<>());
            // A word's siblings are words; a phrase's ("नॉर्थ कोरिया") may be phrases too ("उत्तर कोरिया").
            hindi.stream().filter(o -> !o.equals(h) && (h.contains(" ") || !o.contains(" "))).forEach(siblings::add);
            String stem = h.contains(" ") ? null : hindiStem(h);
            if (stem != null) {
                hindiSiblingsByStem.computeIfAbsent(stem, x -> new LinkedHashSet<>()).addAll(hindi);
            }
        }
        return k;
    }

    /**
     * Lookup key: the Porter stems of the words. A word the English analyzer drops as a stop word stays as written,
     * so "with" can be listed (साथ: "who went with Kim") and "went with" is not mistaken for "went".
     */
    static String key(List<String> words) {
        List<String> stems = new ArrayList<>();
        for (String w : words) {
            List<String> terms = Analyzers.terms(Analyzers.EN, w);
            if (terms.isEmpty()) {
                stems.add(w);
            } else {
                stems.addAll(terms);
            }
        }
        return String.join(" ", stems).strip();
    }
}
