package dev.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTest {

    @Test
    void chunksRespectSizeAndOverlapBySentence() {
        String text = Seeds.text("001_ce10f36d29f07abf");
        Article a = new ArticleParser(new Chunker(300, 1)).parse("001", text, "h");
        List<Chunk> chunks = a.chunks();
        assertTrue(chunks.size() > 3);
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            assertEquals(i, c.chunkIndex());
            assertTrue(c.text().length() <= 300 || c.sentences().size() == 1, "chunk " + i + " too long");
            if (i > 0) {
                List<Sentence> previous = chunks.get(i - 1).sentences();
                assertEquals(previous.get(previous.size() - 1), c.sentences().get(0), "one sentence of overlap");
            }
        }
        assertEquals(a.sentences().get(a.sentences().size() - 1),
                chunks.get(chunks.size() - 1).sentences().get(chunks.get(chunks.size() - 1).sentences().size() - 1));
    }

    @Test
    void chunkTextIsMadeOfVerbatimSentences() {
        String text = Seeds.text("004_d9840c39c33cbe66");
        Article a = new ArticleParser(new Chunker(500, 1)).parse("004", text, "h");
        for (Chunk c : a.chunks()) {
            for (Sentence s : c.sentences()) {
                assertTrue(c.text().contains(s.span().of(text)));
            }
        }
    }

    @Test
    void overlapNeverStallsOnLongSentences() {
        String text = "एक बहुत लंबा वाक्य है जो सीमा से बड़ा है। दूसरा भी काफी लंबा वाक्य है जो सीमा से बड़ा है। तीसरा।";
        Article a = new ArticleParser(new Chunker(10, 3)).parse("x", "शीर्षक\n" + text, "h");
        assertEquals(3, a.chunks().size());
    }
}
