package dev.khabar.ingest;

import dev.khabar.config.KhabarConfig;
import dev.khabar.index.DenseIndex;
import dev.khabar.index.EmbeddingProvider;
import dev.khabar.index.IndexView;
import dev.khabar.index.LexicalIndex;
import dev.khabar.index.TermIndex;
import dev.khabar.index.VectorCache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Keeps the indexes in step with the corpus folder: at start-up and on demand it reads every article, re-processes
 * only what changed, and swaps in the new state at once. A file that cannot be read is reported and, if an earlier
 * version was ingested, that version keeps being served.
 */
@ApplicationScoped
public class IngestionService {

    private static final Logger LOG = Logger.getLogger(IngestionService.class);

    /** What one ingestion run did. */
    public record Report(int documents, int chunks, int reindexed, int embeddedChunks, int failed, long millis) {
    }

    private final KhabarConfig config;
    private final CorpusReader reader = new CorpusReader();
    private final ArticleParser parser;
    private final LexicalIndex lexical;
    private final EmbeddingProvider embeddings;
    private volatile DenseIndex dense;
    /** Everything a query needs, swapped as one. */
    private volatile IndexView view;
    private volatile Report lastReport;

    public IngestionService(KhabarConfig config, EmbeddingProvider embeddings) {
        this.config = config;
        this.embeddings = embeddings;
        this.parser = new ArticleParser(new Chunker(config.chunk().maxChars(), config.chunk().overlapSentences()));
        this.lexical = LexicalIndex.open(config.data().dir().resolve("lucene"),
                LexicalIndex.layout("chunk.max-chars=" + config.chunk().maxChars(),
                        "chunk.overlap-sentences=" + config.chunk().overlapSentences()));
        this.view = new IndexView(Corpus.EMPTY, new TermIndex(Corpus.EMPTY), lexical);
    }

    void onStart(@Observes StartupEvent event) {
        ingest();
        if (config.embedding().warmUp() && dense().enabled()) {
            // The first query would otherwise pay for loading the model and its native tokenizer.
            long t0 = System.nanoTime();
            dense().search("warm up", 1);
            LOG.infof("Embedding model warmed up in %d ms", (System.nanoTime() - t0) / 1_000_000);
        }
    }

    void onStop(@Observes ShutdownEvent event) throws IOException {
        lexical.close();
    }

    public synchronized Report ingest() {
        long t0 = System.nanoTime();
        Corpus previous = view.corpus();
        List<Article> articles = new ArrayList<>();
        List<DocumentStatus> statuses = new ArrayList<>();
        List<Path> files;
        try {
            files = reader.list(config.corpus().dir());
        } catch (IOException e) {
            LOG.errorf("Cannot list the corpus: %s; keeping the %d articles already ingested", e.getMessage(),
                    previous.articles().size());
            files = List.of();
            articles.addAll(previous.articles().values());
            statuses.addAll(previous.statuses());
        }
        // Reading, cleaning and splitting are independent per file: spread them over the cores. The order of the
        // results is the order of the files, so logs and statuses stay deterministic.
        for (Loaded loaded : files.parallelStream().map(file -> load(file, previous)).toList()) {
            if (loaded.article() != null) {
                articles.add(loaded.article());
            }
            if (loaded.warning() != null) {
                LOG.warn(loaded.warning());
            }
            statuses.add(loaded.status());
        }
        long tRead = System.nanoTime();
        int reindexed = lexical.sync(articles);
        long tLexical = System.nanoTime();
        int embedded = dense().sync(articles);
        long tDense = System.nanoTime();
        Corpus corpus = new Corpus(articles, statuses);
        view = new IndexView(corpus, new TermIndex(corpus, view.terms()), lexical);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        LOG.debugf("Ingestion stages: read and parse %d ms, search index %d ms, vectors %d ms",
                (tRead - t0) / 1_000_000, (tLexical - tRead) / 1_000_000, (tDense - tLexical) / 1_000_000);
        int failed = (int) statuses.stream().filter(s -> !DocumentStatus.OK.equals(s.status())).count();
        lastReport = new Report(articles.size(), corpus.chunkCount(), reindexed, embedded, failed, millis);
        LOG.infof("Ingested %d articles (%d chunks) from %s in %d ms: %d re-indexed, %d chunks embedded, %d failed",
                articles.size(), corpus.chunkCount(), config.corpus().dir().toAbsolutePath(), millis, reindexed,
                embedded, failed);
        return lastReport;
    }

    /** One file's outcome: the article to serve (new, unchanged or a stale fallback), its status, a warning. */
    private record Loaded(Article article, DocumentStatus status, String warning) {
    }

    private Loaded load(Path file, Corpus previous) {
        CorpusReader.SourceFile source = reader.read(file);
        String name = file.getFileName().toString();
        String error = source.error();
        if (source.readable()) {
            Article known = previous.article(source.id()).orElse(null);
            try {
                Article article = known != null && known.contentHash().equals(source.contentHash())
                        ? known
                        : parser.parse(source.id(), source.text(), source.contentHash());
                return new Loaded(article, DocumentStatus.ok(article, name), null);
            } catch (RuntimeException e) {
                error = e.getMessage();
            }
        }
        Article stale = previous.article(source.id()).orElse(null);
        if (stale != null) {
            error += " (serving the previously ingested version)";
        }
        return new Loaded(stale, new DocumentStatus(source.id(), stale == null ? null : stale.title(),
                stale == null ? 0 : stale.chunks().size(), stale == null ? 0 : stale.sentences().size(),
                DocumentStatus.FAILED, error, name), "Article " + name + " not ingested: " + error);
    }

    /** The articles, their terms and the search index as of the last ingestion. */
    public IndexView view() {
        return view;
    }

    public Corpus corpus() {
        return view.corpus();
    }

    public LexicalIndex lexical() {
        return lexical;
    }

    public DenseIndex dense() {
        DenseIndex d = dense;
        if (d == null) {
            d = new DenseIndex(embeddings.model(), embeddings.modelId(),
                    new VectorCache(config.data().dir().resolve("vectors")),
                    config.chunk().maxChars() + "c" + config.chunk().overlapSentences() + "o");
            dense = d;
        }
        return d;
    }

    public Report lastReport() {
        return lastReport;
    }
}
