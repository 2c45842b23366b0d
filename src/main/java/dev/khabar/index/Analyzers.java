package dev.khabar.index;

import dev.khabar.text.Skeleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The three ways text is indexed. {@code hi}: Lucene's Hindi analysis (normalization, stop words, light stemming).
 * {@code en}: the English words news pages mix in, Porter-stemmed. {@code rom}: a consonant skeleton of every
 * Devanagari word, which romanized (Hinglish) question words can meet.
 */
public final class Analyzers {

    public static final String HI = "hi";
    public static final String EN = "en";
    public static final String ROM = "rom";
    public static final String TITLE_PREFIX = "title_";

    /**
     * Bump whenever analysis changes (fields, analyzers, skeleton rules): a persisted index built by another
     * version is then rebuilt instead of being searched with mismatched terms.
     */
    public static final int VERSION = 5;

    /**
     * Lucene's Hindi stop words less those that carry a question's meaning: "किम के साथ कौन गया" asks who went
     * <em>with</em> him, "मुलाकात के बाद" what happened <em>after</em>, "दो" is a number.
     */
    private static final CharArraySet HINDI_STOP_WORDS = hindiStopWords(
            Set.of("साथ", "संग", "पहले", "बाद", "घर", "दो", "अंदर", "भीतर", "नीचे"));

    private static final Analyzer HINDI = new NasalsAsAnusvara(new HindiAnalyzer(HINDI_STOP_WORDS));
    private static final Analyzer ENGLISH = new EnglishWords();
    private static final Analyzer ROMANIZED = new RomanizedSkeletons();
    private static final Analyzer PER_FIELD = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), java.util.Map.of(
            HI, HINDI, EN, ENGLISH, ROM, ROMANIZED,
            TITLE_PREFIX + HI, HINDI, TITLE_PREFIX + EN, ENGLISH, TITLE_PREFIX + ROM, ROMANIZED));

    private Analyzers() {
    }

    /**
     * "सम्बन्ध" and "संबंध", "सितम्बर" and "सितंबर": a nasal consonant before a consonant of its own class is written
     * either as that nasal or as an anusvara, and pages and readers use both. Lucene's Hindi normalizer folds the dead
     * "न्"; this folds the other four, before the text is split into words.
     */
    static final class NasalsAsAnusvara extends AnalyzerWrapper {

        private static final java.util.regex.Pattern NASAL_BEFORE_ITS_CLASS = java.util.regex.Pattern.compile(
                "ङ्(?=[कखगघ])|ञ्(?=[चछजझ])|ण्(?=[टठडढ])|म्(?=[पफबभ])");

        private final Analyzer hindi;

        NasalsAsAnusvara(Analyzer hindi) {
            super(hindi.getReuseStrategy());
            this.hindi = hindi;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return hindi;
        }

        @Override
        protected java.io.Reader wrapReader(String fieldName, java.io.Reader reader) {
            return new PatternReplaceCharFilter(NASAL_BEFORE_ITS_CLASS, "\u0902", reader);
        }

        @Override
        protected java.io.Reader wrapReaderForNormalization(String fieldName, java.io.Reader reader) {
            return wrapReader(fieldName, reader);
        }
    }

    private static CharArraySet hindiStopWords(Set<String> meaningful) {
        CharArraySet stop = new CharArraySet(HindiAnalyzer.getDefaultStopSet().size(), false);
        for (Object word : HindiAnalyzer.getDefaultStopSet()) {
            String w = new String((char[]) word);
            if (!meaningful.contains(w)) {
                stop.add(w);
            }
        }
        return CharArraySet.unmodifiableSet(stop);
    }

    /** The analyzer an IndexWriter uses: each text field with its own analysis. */
    public static Analyzer perField() {
        return PER_FIELD;
    }

    public static Analyzer forField(String field) {
        String base = field.startsWith(TITLE_PREFIX) ? field.substring(TITLE_PREFIX.length()) : field;
        return switch (base) {
            case HI -> HINDI;
            case EN -> ENGLISH;
            case ROM -> ROMANIZED;
            default -> throw new IllegalArgumentException("unknown field " + field);
        };
    }

    /** The terms {@code text} becomes in {@code field}, in order. */
    public static List<String> terms(String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = forField(field).tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    static boolean isLatinWord(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c < 0x80 && Character.isLetterOrDigit(c)) {
                return true;
            }
        }
        return false;
    }

    static boolean isDevanagariWord(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (Character.UnicodeScript.of(buffer[i]) == Character.UnicodeScript.DEVANAGARI) {
                return true;
            }
        }
        return false;
    }

    private static final class EnglishWords extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = new FilteringTokenFilter(source) {
                private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

                @Override
                protected boolean accept() {
                    return isLatinWord(term.buffer(), term.length());
                }
            };
            ts = new EnglishPossessiveFilter(ts);
            ts = new LowerCaseFilter(ts);
            ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            ts = new PorterStemFilter(ts);
            return new TokenStreamComponents(source, ts);
        }
    }

    private static final class RomanizedSkeletons extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = new StopFilter(source, HINDI_STOP_WORDS);
            ts = new SkeletonFilter(ts);
            return new TokenStreamComponents(source, ts);
        }
    }

    /** Replaces each Devanagari word by its {@link Skeleton}; drops everything else. */
    private static final class SkeletonFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        SkeletonFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (input.incrementToken()) {
                if (!isDevanagariWord(term.buffer(), term.length())) {
                    continue;
                }
                String skeleton = Skeleton.ofDevanagari(term.toString());
                if (Skeleton.consonants(skeleton) >= Skeleton.MIN_LENGTH) {
                    term.setEmpty().append(skeleton);
                    return true;
                }
            }
            return false;
        }
    }
}
