package dev.khabar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.Seeds;
import dev.khabar.ingest.Article;
import dev.khabar.ingest.ArticleParser;
import dev.khabar.ingest.Chunker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder damaged by a crash, a disk fault or a bad copy never stops Khabar from serving the articles. */
class DamagedDataTest {

    private static final String LAYOUT = LexicalIndex.layout("test");
    private final ArticleParser parser = new ArticleParser(new Chunker(500, 1));

    private List<Article> seeds() {
        return Stream.of("000_73e4b9cfef3b4350", "001_ce10f36d29f07abf")
                .map(id -> parser.parse(id, Seeds.text(id), "hash-" + id + "-00000000000000000000000000000000"))
                .toList();
    }

    private static int chunksOf(LexicalIndex index, Article a) {
        return index.search(new TermQuery(new Term("doc", a.id())), 1000).size();
    }

    private static Path only(Path folder, String prefix) throws Exception {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    @Test
    void aCorruptSearchIndexIsRebuiltFromTheArticles(@TempDir Path dir) throws Exception {
        List<Article> articles = seeds();
        try (LexicalIndex index = LexicalIndex.open(dir, LAYOUT)) {
            index.sync(articles);
        }
        Path segments = only(dir, "segments_");
        Files.write(segments, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});

        try (LexicalIndex reopened = LexicalIndex.open(dir, LAYOUT)) {
            assertEquals(2, reopened.sync(articles), "both articles written again");
            assertEquals(articles.get(0).chunks().size(), chunksOf(reopened, articles.get(0)));
        }
    }

    @Test
    void aSearchIndexWithAMissingFileIsRebuilt(@TempDir Path dir) throws Exception {
        List<Article> articles = seeds();
        try (LexicalIndex index = LexicalIndex.open(dir, LAYOUT)) {
            index.sync(articles);
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().startsWith("segments_")
                    && !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.delete(f);
            }
        }

        try (LexicalIndex reopened = LexicalIndex.open(dir, LAYOUT)) {
            assertEquals(2, reopened.sync(articles));
            assertEquals(articles.get(1).chunks().size(), chunksOf(reopened, articles.get(1)));
        }
    }

    @Test
    void aHalfWrittenVectorFileIsIgnoredAndItsArticleEmbeddedAgain(@TempDir Path dir) throws Exception {
        List<Article> articles = seeds();
        VectorCache cache = new VectorCache(dir);
        new DenseIndex(Optional.of(new PersistenceTest.CountingModel()), "m", cache, "c").sync(articles);
        Path vectors = only(dir, "hash-000");
        byte[] whole = Files.readAllBytes(vectors);
        Files.write(vectors, java.util.Arrays.copyOf(whole, whole.length / 2));
        Files.writeString(dir.resolve("hash-001-left-by-a-crash.tmp"), "partial");

        assertTrue(cache.load(vectors.getFileName().toString().replace(".vec", "")).isEmpty());
        PersistenceTest.CountingModel model = new PersistenceTest.CountingModel();
        int embedded = new DenseIndex(Optional.of(model), "m", cache, "c").sync(articles);
        assertEquals(articles.get(0).chunks().size(), embedded, "only the damaged article is embedded again");
    }

    @Test
    void aDataFolderThatCannotBeWrittenFallsBackToMemory(@TempDir Path dir) throws Exception {
        // A regular file where the folder should be: as unusable as a read-only mount, and it works as root too.
        Path blocked = dir.resolve("data");
        Files.writeString(blocked, "not a folder");
        List<Article> articles = seeds();

        try (LexicalIndex index = LexicalIndex.open(blocked.resolve("lucene"), LAYOUT)) {
            assertEquals(2, index.sync(articles));
            assertEquals(articles.get(0).chunks().size(), chunksOf(index, articles.get(0)));
        }
        VectorCache cache = new VectorCache(blocked.resolve("vectors"));
        DenseIndex dense = new DenseIndex(Optional.of(new PersistenceTest.CountingModel()), "m", cache, "c");
        assertEquals(articles.get(0).chunks().size() + articles.get(1).chunks().size(), dense.sync(articles));
        assertFalse(dense.search("x", 3).isEmpty(), "vectors are served from memory");
        assertEquals("not a folder", Files.readString(blocked));
    }
}
