package dev.khabar.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A consonant skeleton shared by Devanagari and romanized Hindi, so "hathiyar", "hathiyaar" and हथियार all become
 * {@code htyr}. Vowels are dropped (romanization spells them every which way), aspiration and doubled letters are
 * folded, and sound-alike letters are merged (f/ph, z/j, w/v, q/k, nukta forms). A word that starts with a vowel keeps
 * a mark for it ({@code _}): Devanagari writes that vowel as a letter of its own, so "airport" ({@code _rprt}) is not
 * रिपोर्ट ({@code rprt}).
 */
public final class Skeleton {

    /** Skeletons shorter than this match too many unrelated words to be useful. */
    public static final int MIN_LENGTH = 2;
    private static final String VOWEL_START = "_";

    private Skeleton() {
    }

    public static String ofDevanagari(String word) {
        String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < nfd.length(); i++) {
            latin.append(romanize(nfd.charAt(i)));
        }
        return fold(latin.toString());
    }

    public static String ofLatin(String word) {
        String w = Normalizer.normalize(word, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        // A final -y after a consonant is the long ī of the Hindi word ("army", आर्मी), a vowel like the others.
        if (w.length() > 2 && w.endsWith("y") && !isVowel(w.charAt(w.length() - 2))) {
            w = w.substring(0, w.length() - 1) + "i";
        }
        return fold(w);
    }

    /** How many consonants {@code skeleton} holds: the measure of how telling it is. */
    public static int consonants(String skeleton) {
        return skeleton.startsWith(VOWEL_START) ? skeleton.length() - 1 : skeleton.length();
    }

    private static String fold(String latin) {
        String s = latin.replaceAll("[^a-z]", "")
                .replace("ch", "C").replace('c', 'k').replace('C', 'c')
                .replace('f', 'p').replace('z', 'j').replace('w', 'v').replace('q', 'k').replace("x", "ks");
        StringBuilder out = new StringBuilder(!s.isEmpty() && isVowel(s.charAt(0)) ? VOWEL_START : "");
        char previous = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean aspiration = c == 'h' && previous != 0 && !isVowel(previous);
            if (!aspiration && !isVowel(c) && c != previous) {
                out.append(c);
            }
            if (!aspiration) {
                previous = c;
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static String romanize(char c) {
        return switch (c) {
            case 'क' -> "k";
            case 'ख' -> "kh";
            case 'ग' -> "g";
            case 'घ' -> "gh";
            case 'च' -> "ch";
            case 'छ' -> "chh";
            case 'ज' -> "j";
            case 'झ' -> "jh";
            case 'ट', 'त' -> "t";
            case 'ठ', 'थ' -> "th";
            case 'ड', 'द' -> "d";
            case 'ढ', 'ध' -> "dh";
            case 'ङ', 'ञ', 'ण', 'न', 'ं' -> "n";
            case 'प' -> "p";
            case 'फ' -> "ph";
            case 'ब' -> "b";
            case 'भ' -> "bh";
            case 'म' -> "m";
            case 'य' -> "y";
            case 'र', 'ऋ', 'ृ' -> "r";
            case 'ल', 'ळ' -> "l";
            case 'व' -> "v";
            case 'श', 'ष', 'स' -> "s";
            case 'ह' -> "h";
            // Independent vowels and vowel signs: any vowel will do, the skeleton drops them.
            case 'अ', 'आ', 'इ', 'ई', 'उ', 'ऊ', 'ए', 'ऐ', 'ओ', 'औ', 'ऑ', 'ा', 'ि', 'ी', 'ु', 'ू', 'े', 'ै', 'ो', 'ौ', 'ॉ' -> "a";
            default -> "";
        };
    }
}
