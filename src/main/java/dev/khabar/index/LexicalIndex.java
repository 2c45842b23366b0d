package dev.khabar.index;

import dev.khabar.ingest.Article;
import dev.khabar.ingest.Chunk;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jboss.logging.Logger;

/**
 * BM25 over chunks, in a Lucene index persisted under the data folder. Updates are incremental by article: an
 * article whose content hash is already indexed is left alone, so a restart rewrites nothing. The index also records
 * the layout it was built with (analysis version, chunking settings); a different layout rebuilds it whole, since
 * stale terms or chunk boundaries would otherwise be searched silently.
 */
public final class LexicalIndex implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LexicalIndex.class);
    private static final String KEY = "key";
    private static final String DOC = "doc";
    private static final String HASH = "hash";
    private static final String LAYOUT = "khabar.layout";

    /** A chunk found by a query, named by {@link Chunk#key()}. */
    public record Hit(String key, float score) {
    }

    private final Directory directory;
    private final String layout;
    private volatile SearcherManager searchers;

    private LexicalIndex(Directory directory, String layout) {
        this.directory = directory;
        this.layout = layout;
    }

    /**
     * Opens (or creates) the index in {@code folder} for chunks cut the way {@code layout} describes; falls back to
     * memory when the folder cannot be written.
     */
    public static LexicalIndex open(Path folder, String layout) {
        try {
            Files.createDirectories(folder);
            if (Files.isWritable(folder)) {
                return new LexicalIndex(FSDirectory.open(folder), layout);
            }
            LOG.warnf("Index folder %s is not writable; keeping the search index in memory", folder);
        } catch (IOException e) {
            LOG.warnf("Index folder %s cannot be used (%s); keeping the search index in memory", folder, e.getMessage());
        }
        return inMemory(layout);
    }

    public static LexicalIndex inMemory(String layout) {
        return new LexicalIndex(new ByteBuffersDirectory(), layout);
    }

    /** The layout of an index: analysis version plus whatever else decides chunk boundaries and terms. */
    public static String layout(Object... settings) {
        StringBuilder s = new StringBuilder("analysis=").append(Analyzers.VERSION)
                .append(";lucene=").append(org.apache.lucene.util.Version.LATEST);
        for (Object setting : settings) {
            s.append(';').append(setting);
        }
        return s.toString();
    }

    /**
     * Makes the index hold exactly {@code articles}; returns how many articles were (re)written. The index is derived
     * from the articles, so one that Lucene finds corrupt (a disk fault, a copy cut short) is wiped and rebuilt
     * rather than keeping the service from starting. A crash mid-write needs no such help: Lucene's last commit
     * stays the one served.
     */
    public synchronized int sync(Collection<Article> articles) {
        try {
            return write(articles);
        } catch (UncheckedIOException e) {
            if (!unreadable(e.getCause())) {
                throw e;
            }
            LOG.warnf("Search index is unreadable (%s); rebuilding it from the articles", e.getCause().getMessage());
            wipe();
            return write(articles);
        }
    }

    /** Lucene's ways of saying the files are damaged or missing, as opposed to the disk refusing a write. */
    private static boolean unreadable(Throwable e) {
        return e instanceof CorruptIndexException || e instanceof IndexFormatTooOldException
                || e instanceof IndexFormatTooNewException || e instanceof NoSuchFileException
                || e instanceof FileNotFoundException;
    }

    private void wipe() {
        try {
            if (searchers != null) {
                searchers.close();
                searchers = null;
            }
            for (String file : directory.listAll()) {
                directory.deleteFile(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the unreadable search index", e);
        }
    }

    private int write(Collection<Article> articles) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.perField()))) {
            String built = writer.getLiveCommitData() == null ? null : liveCommitData(writer).get(LAYOUT);
            if (built != null && !built.equals(layout) || built == null && writer.getDocStats().numDocs > 0) {
                LOG.infof("Search index was built with another layout (%s, now %s); rebuilding it", built, layout);
                writer.deleteAll();
            }
            Map<String, String> indexed = indexedHashes(writer);
            Map<String, Article> wanted = new HashMap<>();
            articles.forEach(a -> wanted.put(a.id(), a));
            for (String id : indexed.keySet()) {
                if (!wanted.containsKey(id)) {
                    writer.deleteDocuments(new Term(DOC, id));
                }
            }
            int written = 0;
            for (Article a : articles) {
                if (a.contentHash().equals(indexed.get(a.id()))) {
                    continue;
                }
                writer.deleteDocuments(new Term(DOC, a.id()));
                List<Document> docs = new ArrayList<>();
                for (Chunk c : a.chunks()) {
                    docs.add(toDocument(a, c));
                }
                writer.addDocuments(docs);
                written++;
            }
            writer.setLiveCommitData(Map.of(LAYOUT, layout).entrySet());
            writer.commit();
            refresh();
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("search index update failed", e);
        }
    }

    public List<Hit> search(Query query, int k) {
        if (k < 1) {
            return List.of();
        }
        return withSearcher(List.of(), s -> {
            ScoreDoc[] docs = s.search(query, k).scoreDocs;
            StoredFields stored = s.storedFields();
            List<Hit> hits = new ArrayList<>(docs.length);
            for (ScoreDoc d : docs) {
                hits.add(new Hit(stored.document(d.doc).get(KEY), d.score));
            }
            return hits;
        });
    }

    /** Number of chunks containing {@code term} in {@code field}, for weighting query words by rarity. */
    public int docFreq(String field, String term) {
        return withSearcher(0, s -> s.getIndexReader().docFreq(new Term(field, term)));
    }

    public int numDocs() {
        return withSearcher(0, s -> s.getIndexReader().numDocs());
    }

    private interface SearcherCall<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(T empty, SearcherCall<T> call) {
        SearcherManager manager = searchers;
        if (manager == null) {
            return empty;
        }
        try {
            IndexSearcher s = manager.acquire();
            try {
                return call.apply(s);
            } finally {
                manager.release(s);
            }
        } catch (AlreadyClosedException e) {
            return empty; // the index is being rebuilt from the articles; the next question sees the new one
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document toDocument(Article a, Chunk c) {
        Document d = new Document();
        d.add(new StringField(KEY, c.key(), Field.Store.YES));
        d.add(new StringField(DOC, a.id(), Field.Store.YES));
        d.add(new StringField(HASH, a.contentHash(), Field.Store.YES));
        for (String field : List.of(Analyzers.HI, Analyzers.EN, Analyzers.ROM)) {
            d.add(new TextField(field, c.text(), Field.Store.NO));
            d.add(new TextField(Analyzers.TITLE_PREFIX + field, a.title(), Field.Store.NO));
        }
        return d;
    }

    private static Map<String, String> liveCommitData(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        return data;
    }

    private static Map<String, String> indexedHashes(IndexWriter writer) throws IOException {
        Map<String, String> hashes = new HashMap<>();
        try (DirectoryReader r = DirectoryReader.open(writer)) {
            IndexSearcher s = new IndexSearcher(r);
            StoredFields stored = s.storedFields();
            for (ScoreDoc d : s.search(new MatchAllDocsQuery(), Math.max(1, r.numDocs())).scoreDocs) {
                Document doc = stored.document(d.doc);
                hashes.put(doc.get(DOC), doc.get(HASH));
            }
        }
        return hashes;
    }

    private void refresh() throws IOException {
        if (searchers == null) {
            searchers = new SearcherManager(directory, null);
        } else {
            searchers.maybeRefreshBlocking();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (searchers != null) {
            searchers.close();
        }
        directory.close();
    }
}
