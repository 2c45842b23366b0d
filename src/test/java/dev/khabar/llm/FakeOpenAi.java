package dev.khabar.llm;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A scripted OpenAI-compatible server on loopback: records every request body and answers {@code /v1/chat/completions}
 * with the next scripted step (a completion, an HTTP error, or a hang); {@code /v1/models} always answers.
 */
public class FakeOpenAi implements QuarkusTestResourceLifecycleManager {

    /** What the next completion call gets. */
    public sealed interface Step {
    }

    public record Reply(String content) implements Step {
    }

    public record Fail(int status) implements Step {
    }

    public record Hang(long millis) implements Step {
    }

    public static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static final ConcurrentLinkedDeque<Step> SCRIPT = new ConcurrentLinkedDeque<>();
    private HttpServer server;

    public static void script(Step... steps) {
        SCRIPT.clear();
        SCRIPT.addAll(List.of(steps));
        REQUESTS.clear();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/v1/models", ex -> respond(ex, 200, "{\"object\":\"list\",\"data\":[{\"id\":\"fake\"}]}"));
        server.createContext("/v1/chat/completions", ex -> {
            REQUESTS.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Step step = SCRIPT.poll();
            if (step == null) {
                step = new Reply("Nothing scripted [1].");
            }
            boolean streaming = REQUESTS.get(REQUESTS.size() - 1).replace(" ", "").contains("\"stream\":true");
            if (step instanceof Reply r && streaming) {
                stream(ex, r.content());
            } else if (step instanceof Reply r) {
                respond(ex, 200, completion(r.content()));
            } else if (step instanceof Fail f) {
                respond(ex, f.status(), "{\"error\":{\"message\":\"scripted failure\"}}");
            } else if (step instanceof Hang h) {
                try {
                    Thread.sleep(h.millis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                respond(ex, 200, completion("Too late [1]."));
            }
        });
        server.start();
        return Map.of("quarkus.langchain4j.openai.base-url",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    static String completion(String content) {
        String escaped = content.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return "{\"id\":\"cmpl-1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"fake\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":\"" + escaped + "\"},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";
    }

    /** The reply word by word as OpenAI stream chunks, then {@code [DONE]}. */
    private static void stream(com.sun.net.httpserver.HttpExchange ex, String content) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            for (String piece : content.split("(?<= )")) {
                String escaped = piece.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
                String chunk = "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake\","
                        + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + escaped + "\"},\"finish_reason\":null}]}";
                out.write(("data: " + chunk + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            out.write(("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake\","
                    + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void respond(com.sun.net.httpserver.HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        try {
            ex.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client gave up waiting (a scripted hang): nothing to answer
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
