package dev.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SkeletonTest {

    @Test
    void romanizedSpellingsMeetTheDevanagariWord() {
        String hathiyar = Skeleton.ofDevanagari("हथियार");
        assertEquals(hathiyar, Skeleton.ofLatin("hathiyar"));
        assertEquals(hathiyar, Skeleton.ofLatin("hathiyaar"));
        assertEquals(Skeleton.ofDevanagari("क्यों"), Skeleton.ofLatin("kyun"));
        assertEquals(Skeleton.ofDevanagari("मुलाकात"), Skeleton.ofLatin("mulaqaat"));
        assertEquals(Skeleton.ofDevanagari("खबर"), Skeleton.ofLatin("khabar"));
        assertEquals(Skeleton.ofDevanagari("अमेरिका"), Skeleton.ofLatin("America"));
        assertEquals(Skeleton.ofDevanagari("आर्मी"), Skeleton.ofLatin("army"));
    }

    @Test
    void nuktaAndAspirationFold() {
        assertEquals(Skeleton.ofDevanagari("ज़रूरत"), Skeleton.ofDevanagari("जरूरत"));
        assertEquals(Skeleton.ofLatin("zaroorat"), Skeleton.ofDevanagari("ज़रूरत"));
    }

    @Test
    void differentWordsStayApart() {
        assertNotEquals(Skeleton.ofDevanagari("हथियार"), Skeleton.ofDevanagari("हमला"));
    }

    @Test
    void aWordStartingWithAVowelIsNotTheSameConsonantsWithoutIt() {
        assertNotEquals(Skeleton.ofDevanagari("रिपोर्ट"), Skeleton.ofLatin("airport"));
        assertEquals(Skeleton.ofDevanagari("उत्तर"), Skeleton.ofLatin("uttar"));
        assertEquals(Skeleton.ofDevanagari("इलाके"), Skeleton.ofLatin("ilaake"));
        assertEquals(2, Skeleton.consonants(Skeleton.ofLatin("ilaake")), "the vowel mark is not a consonant");
    }
}
