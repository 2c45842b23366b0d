package dev.khabar.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpeakerTest {

    private final BilingualQueryTransformer transformer = new BilingualQueryTransformer(Lexicon.of(
            Map.of("kim", List.of("किम"), "putin", List.of("पुतिन"), "russia", List.of("रूस")),
            Map.of("kaha", List.of("कहा")), Set.of("ne", "se", "ke", "baare", "mein", "kya")));

    private String speaker(String question) {
        return Speaker.of(transformer.transform(question)).map(c -> c.surface().toLowerCase(java.util.Locale.ROOT))
                .orElse("");
    }

    @Test
    void theOneMarkedAsSpeakingIsTheSpeaker() {
        assertEquals("kim", speaker("Kim ne Putin se Russia ke baare mein kya kaha?"));
        assertEquals("किम", speaker("पुतिन से मिलने के बाद किम ने रूस के बारे में क्या कहा?"));
        assertEquals("putin", speaker("What did Putin tell Kim?"));
        assertEquals("kim", speaker("What did Kim say about Russia?"));
        assertEquals("putin", speaker("What did Putin and Kim tell each other?"), "two speakers: the first");
    }

    @Test
    void onlyAQuestionAboutWhatWasSaidHasOne() {
        assertTrue(speaker("What did Kim give Putin?").isEmpty());
        assertTrue(speaker("Kim ne Putin ko kya diya?").isEmpty());
        assertTrue(speaker("What was said about Russia?").isEmpty(), "nobody in particular");
        assertTrue(speaker("किस मीडिया संस्था ने कहा कि रूस को हथियार चाहिए?").isEmpty(), "who said it is asked");
        assertTrue(speaker("Kis agency ne kaha ki Russia ko hathiyar chahiye?").isEmpty());
    }
}
