package dev.khabar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class HindiSpellingTest {

    private static String hindi(String text) {
        return String.join(" ", Analyzers.terms(Analyzers.HI, text));
    }

    @Test
    void aNasalBeforeItsOwnClassAndAnAnusvaraAreOneSpelling() {
        assertEquals(hindi("संबंध"), hindi("सम्बन्ध"));
        assertEquals(hindi("सितंबर"), hindi("सितम्बर"));
        assertEquals(hindi("ठंडा"), hindi("ठण्डा"));
        assertEquals(hindi("पंजाब"), hindi("पञ्जाब"));
    }

    @Test
    void otherConjunctsKeepTheirNasal() {
        assertNotEquals(hindi("संमान"), hindi("सम्मान"), "म् before म is a double consonant, not an anusvara");
    }
}
