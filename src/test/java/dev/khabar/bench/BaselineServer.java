package dev.khabar.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.loader.FileSystemDocumentLoader;
import dev.langchain4j.data.document.parser.TextDocumentParser;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The baseline Khabar is compared with: retrieval as the LangChain4j documentation sets it up, and nothing more. Files
 * loaded as they are, {@code DocumentSplitters.recursive(300, 30)}, the bundled quantized all-MiniLM-L6-v2, an
 * in-memory embedding store, top-5 by cosine similarity. It runs in its own JVM behind the JDK's HTTP server so that
 * it is measured the way Khabar is: over loopback HTTP, by the same load generator.
 *
 * <p>{@code GET /search?q=} returns {@code {"results": [{"documentId", "text", "score"}]}}; {@code GET /stats} what
 * ingestion took.
 */
public final class BaselineServer {

    public static final int TOP_K = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(arg(args, "--port"));
        Path corpus = Path.of(arg(args, "--corpus"));

        long t0 = System.nanoTime();
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        model.embed("warm up");
        long t1 = System.nanoTime();
        List<Document> documents = FileSystemDocumentLoader.loadDocuments(corpus,
                FileSystems.getDefault().getPathMatcher("glob:*.{txt,md}"), new TextDocumentParser());
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        AtomicInteger segments = new AtomicInteger();
        EmbeddingStoreIngestor.builder()
                .documentSplitter(DocumentSplitters.recursive(300, 30))
                .textSegmentTransformer(s -> {
                    segments.incrementAndGet();
                    return s;
                })
                .embeddingModel(model)
                .embeddingStore(store)
                .build()
                .ingest(documents);
        long t2 = System.nanoTime();
        ContentRetriever retriever = EmbeddingStoreContentRetriever.builder()
                .embeddingStore(store).embeddingModel(model).maxResults(TOP_K).build();

        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("documents", documents.size());
        stats.put("segments", segments.get());
        stats.put("modelLoadMillis", (t1 - t0) / 1_000_000);
        stats.put("ingestMillis", (t2 - t1) / 1_000_000);

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 128);
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.createContext("/stats", ex -> reply(ex, 200, stats));
        server.createContext("/search", ex -> {
            String q = param(ex, "q");
            if (q == null || q.isBlank()) {
                reply(ex, 400, Map.of("error", "q is required"));
                return;
            }
            List<Map<String, Object>> results = retriever.retrieve(Query.from(q)).stream()
                    .map(BaselineServer::result).toList();
            reply(ex, 200, Map.of("results", results));
        });
        server.start();
        System.out.println("BASELINE_READY " + JSON.writeValueAsString(stats));
    }

    private static Map<String, Object> result(Content c) {
        String file = c.textSegment().metadata().getString("file_name");
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("documentId", file == null ? null : file.replaceFirst("\\.[^.]+$", ""));
        r.put("text", c.textSegment().text());
        r.put("score", c.metadata().get(ContentMetadata.SCORE));
        return r;
    }

    private static void reply(HttpExchange ex, int status, Object body) throws IOException {
        try (ex) {
            byte[] bytes = JSON.writeValueAsBytes(body);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String param(HttpExchange ex, String name) {
        String query = ex.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String arg(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        throw new IllegalArgumentException("missing " + name);
    }
}
