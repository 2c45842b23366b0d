package dev.khabar.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.Seeds;
import dev.khabar.ingest.Article;
import dev.khabar.ingest.ArticleParser;
import dev.khabar.ingest.Chunker;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What survives a restart: vectors and the Lucene index are reused for unchanged articles. */
class PersistenceTest {

    /** Counts every text it embeds; vectors are a cheap function of the text. */
    static final class CountingModel implements EmbeddingModel {
        final AtomicInteger embedded = new AtomicInteger();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            embedded.addAndGet(segments.size());
            return Response.from(segments.stream()
                    .map(s -> Embedding.from(new float[] {s.text().length(), s.text().hashCode() % 7, 1}))
                    .toList());
        }
    }

    private final ArticleParser parser = new ArticleParser(new Chunker(500, 1));

    private Article seed(String id) {
        return parser.parse(id, Seeds.text(id), "hash-" + id + "-00000000000000000000000000000000");
    }

    private DenseIndex dense(Path dir, CountingModel model) {
        return new DenseIndex(Optional.of(model), "m", new VectorCache(dir.resolve("vectors")), "500c1o");
    }

    @Test
    void restartReEmbedsNothingAndOnlyChangedArticlesAreRedone(@TempDir Path dir) throws Exception {
        Article a = seed("000_73e4b9cfef3b4350");
        Article b = seed("001_ce10f36d29f07abf");

        CountingModel first = new CountingModel();
        assertEquals(a.chunks().size() + b.chunks().size(), dense(dir, first).sync(List.of(a, b)));

        CountingModel afterRestart = new CountingModel();
        DenseIndex restarted = dense(dir, afterRestart);
        assertEquals(0, restarted.sync(List.of(a, b)));
        assertEquals(0, afterRestart.embedded.get());
        assertEquals(a.chunks().get(0).key(), restarted.search("x", 50).stream()
                .filter(h -> h.key().equals(a.chunks().get(0).key())).findFirst().orElseThrow().key());

        Article changed = parser.parse(b.id(), b.text() + "\nनया वाक्य जोड़ा गया।", "hash-changed-000000000000000000000000000");
        CountingModel afterEdit = new CountingModel();
        assertEquals(changed.chunks().size(), dense(dir, afterEdit).sync(List.of(a, changed)));

        dense(dir, new CountingModel()).sync(List.of(a));
        try (var files = Files.list(dir.resolve("vectors"))) {
            assertEquals(1, files.count(), "vectors of a deleted article are removed");
        }
    }

    @Test
    void lexicalIndexIsIncrementalAcrossReopen(@TempDir Path dir) throws Exception {
        Article a = seed("000_73e4b9cfef3b4350");
        Article b = seed("002_8aeed890fbe92ce9");
        try (LexicalIndex index = LexicalIndex.open(dir, LAYOUT)) {
            assertEquals(2, index.sync(List.of(a, b)));
        }
        try (LexicalIndex reopened = LexicalIndex.open(dir, LAYOUT)) {
            assertEquals(0, reopened.sync(List.of(a, b)), "nothing rewritten after a restart");
            assertEquals(a.chunks().size() + b.chunks().size(), reopened.numDocs());
            assertEquals(0, reopened.sync(List.of(a)) , "removal rewrites nothing");
            assertEquals(a.chunks().size(), reopened.numDocs());
            String term = Analyzers.terms(Analyzers.HI, "व्लादिवोस्तोक").get(0);
            assertTrue(reopened.search(new TermQuery(new Term(Analyzers.HI, term)), 5).isEmpty(), "b is gone");
        }
    }

    @Test
    void anIndexBuiltWithAnotherLayoutIsRebuiltNotReused(@TempDir Path dir) throws Exception {
        Article a = seed("000_73e4b9cfef3b4350");
        try (LexicalIndex index = LexicalIndex.open(dir, LexicalIndex.layout("chunk.max-chars=900"))) {
            assertEquals(1, index.sync(List.of(a)));
        }
        try (LexicalIndex reopened = LexicalIndex.open(dir, LexicalIndex.layout("chunk.max-chars=500"))) {
            assertEquals(1, reopened.sync(List.of(a)), "same content, other layout: rewritten");
            assertEquals(a.chunks().size(), reopened.numDocs(), "no stale chunks left behind");
        }
        try (LexicalIndex again = LexicalIndex.open(dir, LexicalIndex.layout("chunk.max-chars=500"))) {
            assertEquals(0, again.sync(List.of(a)));
        }
    }

    static final String LAYOUT = LexicalIndex.layout("test");
}
