package dev.khabar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> split(String text) {
        return SentenceSplitter.split(text, new Span(0, text.length())).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splitsOnDandaQuestionAndExclamation() {
        assertEquals(List.of("पुतिन आए।", "क्या किम मिले?", "हां!"), split("पुतिन आए। क्या किम मिले? हां!"));
    }

    @Test
    void fullStopNeedsFollowingSpace() {
        assertEquals(List.of("कीमत 3.5 अरब है.", "बाकी U.S.A में."), split("कीमत 3.5 अरब है. बाकी U.S.A में."));
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        assertEquals(List.of("Dr. Singh and J. Kirby met.", "Then डॉ. शर्मा बोले।"),
                split("Dr. Singh and J. Kirby met. Then डॉ. शर्मा बोले।"));
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        assertEquals(List.of("किम ने कहा, \"हम साथ हैं।\"", "फिर गए."), split("किम ने कहा, \"हम साथ हैं।\" फिर गए."));
    }

    @Test
    void spansAreTrimmedAndOffsetsPointIntoTheText() {
        String text = "  एक। दो।  ";
        List<Span> spans = SentenceSplitter.split(text, new Span(0, text.length()));
        assertEquals(new Span(2, 5), spans.get(0));
        assertEquals("दो।", spans.get(1).of(text));
    }
}
