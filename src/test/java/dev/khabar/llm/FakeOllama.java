package dev.khabar.llm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Ollama's native API on loopback: {@code /api/chat} answers with a fixed cited reply, streamed as NDJSON on request. */
public class FakeOllama implements QuarkusTestResourceLifecycleManager {

    static final String REPLY = "Weapons for Russia [1]. Technology for North Korea [2].";
    static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server.createContext("/api/tags", ex -> write(ex, "{\"models\":[]}"));
        server.createContext("/api/chat", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            REQUESTS.add(body);
            if (body.replace(" ", "").contains("\"stream\":true")) {
                StringBuilder lines = new StringBuilder();
                for (String piece : REPLY.split("(?<= )")) {
                    lines.append(message(piece, false)).append('\n');
                }
                write(ex, lines.append(message("", true)).append('\n').toString());
            } else {
                write(ex, message(REPLY, true));
            }
        });
        server.start();
        return Map.of("quarkus.langchain4j.ollama.base-url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    static String message(String content, boolean done) {
        return "{\"model\":\"llama3.2\",\"created_at\":\"2026-11-28T00:00:00Z\",\"message\":{\"role\":\"assistant\","
                + "\"content\":\"" + content.replace("\"", "\\\"") + "\"},\"done\":" + done
                + (done ? ",\"done_reason\":\"stop\",\"prompt_eval_count\":1,\"eval_count\":1" : "") + "}";
    }

    private static void write(HttpExchange ex, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
