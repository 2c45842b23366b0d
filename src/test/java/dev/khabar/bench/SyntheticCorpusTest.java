package dev.khabar.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.ingest.Article;
import dev.khabar.ingest.ArticleParser;
import dev.khabar.ingest.Chunker;
import dev.khabar.ingest.CorpusReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {

    @TempDir
    Path dir;

    @Test
    void newArticlesAreMadeOfSeedSentencesAndIngestLikeRealOnes() throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(Path.of("seeds"));
        assertEquals(25, corpus.write(dir, 20), "the 5 seeds plus 20 new articles");

        CorpusReader reader = new CorpusReader();
        List<Path> files = reader.list(dir);
        assertEquals(25, files.size());
        ArticleParser parser = new ArticleParser(new Chunker(500, 1));
        Set<String> seedSentences = new HashSet<>();
        for (Path seed : reader.list(Path.of("seeds"))) {
            var s = reader.read(seed);
            Article a = parser.parse(s.id(), s.text(), s.contentHash());
            a.sentences().forEach(x -> seedSentences.add(a.quote(x.span()).strip()));
        }
        int synthetic = 0;
        for (Path file : files) {
            var source = reader.read(file);
            assertTrue(source.readable(), file.toString());
            Article a = parser.parse(source.id(), source.text(), source.contentHash());
            assertFalse(a.chunks().isEmpty(), file.toString());
            if (source.id().startsWith("syn_")) {
                synthetic++;
                long known = a.sentences().stream().filter(x -> seedSentences.contains(a.quote(x.span()).strip()))
                        .count();
                assertTrue(known * 2 >= a.sentences().size(), "mostly seed sentences in " + file);
                List<String> furniture = a.boilerplate();
                assertTrue(furniture.stream().anyMatch(l -> l.contains("Photo Credit")), furniture.toString());
                assertTrue(furniture.contains("ये भी पढ़ें") && furniture.size() >= 4, furniture.toString());
                assertTrue(a.sentences().stream().noneMatch(x -> a.quote(x.span()).contains("Photo Credit")));
            }
        }
        assertEquals(20, synthetic);
    }

    @Test
    void theSameCorpusEveryTime() throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(Path.of("seeds"));
        corpus.write(dir.resolve("a"), 10);
        corpus.write(dir.resolve("b"), 10);
        for (Path f : new CorpusReader().list(dir.resolve("a"))) {
            assertEquals(Files.readString(f), Files.readString(dir.resolve("b").resolve(f.getFileName())));
        }
    }
}
