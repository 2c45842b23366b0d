package dev.khabar.llm;

import dev.khabar.config.KhabarConfig;
import jakarta.enterprise.context.ApplicationScoped;
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

    public ChatModelHealth(KhabarConfig config, ChatModelGateway gateway, ProviderProbe probe) {
        this.config = config;
        this.gateway = gateway;
        this.probe = probe;
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
        return answer.withData("provider", state)
                .withData("api", config.answer().provider().name().toLowerCase(java.util.Locale.ROOT))
                .withData("detail", "unknown".equals(last.state()) ? "probed " + probe.url() : last.detail())
                .withData("answers", "down".equals(state) ? "extractive fallback" : "llm").build();
    }
}
