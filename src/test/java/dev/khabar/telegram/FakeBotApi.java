package dev.khabar.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * A Bot API on loopback: records every call with its JSON body, answers as Telegram does, long-polls
 * {@code getUpdates} over updates queued by the test, and can be told to fail the next calls of a method.
 */
public final class FakeBotApi implements AutoCloseable {

    public record Call(String token, String method, String contentType, JsonNode body) {
        public String text(String field) {
            return body.path(field).asText();
        }
    }

    private record Failure(int status, Integer retryAfter) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Deque<Failure>> failures = new HashMap<>();
    private final List<JsonNode> updates = new ArrayList<>();
    private long nextMessageId = 5000;

    public FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next {@code times} calls of {@code method} fail with {@code status} (and {@code retry_after}, if given). */
    public synchronized void failNext(String method, int status, Integer retryAfter, int times) {
        Deque<Failure> q = failures.computeIfAbsent(method, k -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            q.add(new Failure(status, retryAfter));
        }
    }

    /** Queues an update for {@code getUpdates}, as Telegram keeps it until an offset past it confirms it. */
    public synchronized void addUpdate(String json) {
        try {
            updates.add(JSON.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        notifyAll();
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Calls other than {@code getUpdates}: what the bot said. */
    public synchronized List<Call> replies() {
        return calls.stream().filter(c -> !c.method().equals("getUpdates")).toList();
    }

    public synchronized void reset() {
        calls.clear();
        failures.clear();
    }

    /** Waits (up to a minute, for a slow machine) until {@code condition} holds; fails the test otherwise. */
    public void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what + "; calls: " + calls());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    public void awaitCall(String what, Predicate<Call> match) {
        await(what, () -> calls().stream().anyMatch(match));
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] parts = exchange.getRequestURI().getPath().split("/");
            if (parts.length != 3 || !parts[1].startsWith("bot")) {
                respond(exchange, 404, error(404, "Not Found", null));
                return;
            }
            String token = parts[1].substring(3);
            String method = parts[2];
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
            Failure failure;
            synchronized (this) {
                calls.add(new Call(token, method, exchange.getRequestHeaders().getFirst("Content-Type"), body));
                Deque<Failure> q = failures.get(method);
                failure = q == null ? null : q.poll();
            }
            if (failure != null) {
                respond(exchange, failure.status(), error(failure.status(), "Injected failure", failure.retryAfter()));
                return;
            }
            ObjectNode ok = JSON.createObjectNode().put("ok", true);
            switch (method) {
                case "getUpdates" -> ok.set("result", updatesFrom(body.path("offset").asLong(0),
                        body.path("timeout").asLong(0)));
                case "sendMessage" -> {
                    ObjectNode message = ok.putObject("result");
                    synchronized (this) {
                        message.put("message_id", nextMessageId++);
                    }
                    message.put("date", 1_700_000_000).put("text", body.path("text").asText());
                    message.putObject("chat").put("id", body.path("chat_id").asLong()).put("type", "private");
                }
                default -> ok.put("result", true);
            }
            respond(exchange, 200, ok);
        }
    }

    /** Long-polls as Telegram does: the updates at or past {@code offset}, waiting up to the timeout for one. */
    private synchronized ArrayNode updatesFrom(long offset, long timeoutSeconds) {
        updates.removeIf(u -> u.path("update_id").asLong() < offset);
        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        while (updates.isEmpty() && System.nanoTime() < deadline) {
            try {
                wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        ArrayNode result = JSON.createArrayNode();
        updates.forEach(result::add);
        return result;
    }

    private static ObjectNode error(int status, String description, Integer retryAfter) {
        ObjectNode e = JSON.createObjectNode().put("ok", false).put("error_code", status)
                .put("description", retryAfter == null ? description : "Too Many Requests: retry after " + retryAfter);
        if (retryAfter != null) {
            e.putObject("parameters").put("retry_after", retryAfter);
        }
        return e;
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
