package dev.khabar.llm;

import dev.khabar.config.KhabarConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The chat model's state in {@code /q/health}. Khabar stays ready when the provider is down, because answers fall
 * back to extractive; the check says so in its data ({@code provider: down}) instead of taking the service out of
 * rotation.
 */
@Readiness
@ApplicationScoped
public class ChatModelHealth implements HealthCheck {

    private final KhabarConfig config;
    private final ChatModelGateway gateway;
    private final ProviderProbe probe;
    private final String baseUrl;

    public ChatModelHealth(KhabarConfig config, ChatModelGateway gateway, ProviderProbe probe,
            @ConfigProperty(name = "quarkus.langchain4j.openai.base-url", defaultValue = "") String baseUrl) {
        this.config = config;
        this.gateway = gateway;
        this.probe = probe;
        this.baseUrl = baseUrl;
    }

    @Override
    public HealthCheckResponse call() {
        var answer = HealthCheckResponse.named("chat-model").up()
                .withData("mode", config.answer().mode().name().toLowerCase(java.util.Locale.ROOT));
        if (config.answer().mode() != KhabarConfig.Answer.Mode.LLM) {
            return answer.withData("provider", "not used").build();
        }
        ChatModelGateway.Status last = gateway.status();
        String state = "unknown".equals(last.state()) ? (probe.reachable() ? "up" : "down") : last.state();
        return answer.withData("provider", state).withData("base-url", baseUrl)
                .withData("detail", "unknown".equals(last.state()) ? "probed " + baseUrl + "/models" : last.detail())
                .withData("answers", "down".equals(state) ? "extractive fallback" : "llm").build();
    }
}
