package dev.khabar.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.index.Analyzers;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionTest {

    private static final Concept KIM = new Concept("Kim", Concept.Kind.NAME,
            List.of(new Alternative(Analyzers.HI, Analyzers.terms(Analyzers.HI, "किम"), 1f)));

    @Test
    void theOneBeforeNeIsTheSpeaker() {
        assertEquals(Attribution.BY_SPEAKER,
                Attribution.of("वहीं इस मुलाकात के बाद किम जोंग ने कहा कि, रिश्ते हमारी प्राथमिकता है.", KIM));
        assertEquals(Attribution.BY_ANOTHER, Attribution.of("मीडिया के मुताबिक पुतिन ने किम से कहा कि, ‘मुझे खुशी हुई’"
                + " वहीं किम ने आभार व्यक्त किया.", KIM), "Putin speaks to Kim; Kim only thanks him afterwards");
    }

    @Test
    void aPassiveSayingIsNobodysAndANamelessOneMayBeAnybodys() {
        assertEquals(Attribution.BY_ANOTHER, Attribution.of("कहा जा रहा है कि वह पुतिन से मुलाकात कर सकते हैं.", KIM));
        assertEquals(Attribution.UNSTATED, Attribution.of("अपने संदेश में कहा, \"रिश्ते अटूट हैं\"", KIM));
        assertEquals(Attribution.UNSTATED, Attribution.of("किम रूस पहुंचे.", KIM), "no saying at all");
    }

    @Test
    void aPassiveDeedWithNobodyDoingItNamesNoDoer() {
        assertTrue(Attribution.namesNoDoer("यहां उनका भव्य स्वागत किया गया."));
        assertFalse(Attribution.namesNoDoer("यहां पुतिन ने उनका स्वागत किया."), "Putin did it");
        assertFalse(Attribution.namesNoDoer("यहां राज्यपाल द्वारा उनका स्वागत किया गया."), "the governor did it");
        assertFalse(Attribution.namesNoDoer("किम रूस पहुंचे."), "no deed in the passive");
    }
}
