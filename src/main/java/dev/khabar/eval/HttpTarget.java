package dev.khabar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.answer.Citation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A running Khabar at {@code baseUrl}, through its public API; waits out rate limits instead of failing. */
public final class HttpTarget implements Target {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_RATE_LIMIT_WAITS = 10;

    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Optional<String>> documents = new HashMap<>();

    public HttpTarget(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public Reply ask(String question, String conversationId) {
        Map<String, String> body = new HashMap<>();
        body.put("question", question);
        body.put("conversationId", conversationId);
        JsonNode r = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/chat"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(write(body))));
        List<Citation> citations = new ArrayList<>();
        for (JsonNode c : r.path("citations")) {
            citations.add(new Citation(c.path("n").asInt(), c.path("documentId").asText(), c.path("title").asText(),
                    c.path("snippet").asText(), c.path("start").asInt(), c.path("end").asInt()));
        }
        return new Reply(r.path("answer").asText(), r.path("grounded").asBoolean(), citations);
    }

    @Override
    public List<Hit> search(String question, int k) {
        JsonNode r = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/search?k=" + k + "&q="
                + URLEncoder.encode(question, StandardCharsets.UTF_8))).GET());
        List<Hit> hits = new ArrayList<>();
        r.path("results").forEach(h -> hits.add(new Hit(h.path("documentId").asText(), h.path("text").asText())));
        return hits;
    }

    @Override
    public synchronized Optional<String> documentText(String documentId) {
        return documents.computeIfAbsent(documentId, id -> {
            try {
                JsonNode r = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/documents/"
                        + URLEncoder.encode(id, StandardCharsets.UTF_8))).GET());
                return Optional.of(r.path("text").asText());
            } catch (IllegalStateException e) {
                return Optional.empty();
            }
        });
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            for (int attempt = 0; ; attempt++) {
                HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() == 429 && attempt < MAX_RATE_LIMIT_WAITS) {
                    long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
                    Thread.sleep(Math.min(seconds, 60) * 1000);
                    continue;
                }
                if (response.statusCode() / 100 != 2) {
                    throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                            + response.body());
                }
                return JSON.readTree(response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + baseUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
