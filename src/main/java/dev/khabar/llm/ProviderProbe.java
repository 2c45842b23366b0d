package dev.khabar.llm;

import dev.khabar.config.KhabarConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the OpenAI-compatible provider answers at all, before any question has been asked: a cheap
 * {@code GET /models} (Ollama: {@code /api/tags}) with a short timeout. Any HTTP answer counts (an auth error still means it is there).
 */
@ApplicationScoped
public class ProviderProbe {

    private final String url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public ProviderProbe(KhabarConfig config,
            @ConfigProperty(name = "quarkus.langchain4j.openai.base-url", defaultValue = "") String openAi,
            @ConfigProperty(name = "quarkus.langchain4j.ollama.ollama-native.base-url", defaultValue = "") String ollama) {
        this.url = config.answer().provider() == KhabarConfig.Answer.Provider.OLLAMA
                ? (ollama.isBlank() ? "" : ollama.replaceAll("/+$", "") + "/api/tags")
                : (openAi.isBlank() ? "" : openAi.replaceAll("/+$", "") + "/models");
    }

    /** What is probed. */
    public String url() {
        return url;
    }

    public boolean reachable() {
        if (url.isEmpty()) {
            return false;
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() < 500;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }
}
