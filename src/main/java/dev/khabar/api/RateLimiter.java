package dev.khabar.api;

import dev.khabar.config.KhabarConfig;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A token bucket per client on the answering endpoints: {@code burst} requests at once, then
 * {@code requests-per-minute}. Over it the client gets a 429 with {@code Retry-After}.
 */
@ApplicationScoped
public class RateLimiter {

    /** Buckets idle this long are full again and can be forgotten. */
    private static final long IDLE_NANOS = 10L * 60 * 1_000_000_000;
    /** Bound on remembered clients, so a spray of addresses cannot exhaust memory. */
    private static final int MAX_CLIENTS = 100_000;

    private static final class Bucket {
        double tokens;
        long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }
    }

    private final KhabarConfig.RateLimit config;
    private final double tokensPerNano;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(KhabarConfig config) {
        this.config = config.rateLimit();
        this.tokensPerNano = this.config.requestsPerMinute() / 60e9;
    }

    @ServerRequestFilter
    public Optional<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!config.enabled() || !request.getUriInfo().getPath().startsWith("/api/chat")) {
            return Optional.empty();
        }
        long waitNanos = acquire(client(request, http), System.nanoTime());
        if (waitNanos <= 0) {
            return Optional.empty();
        }
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        return Optional.of(Response.fromResponse(ErrorMappers.json(429,
                "too many requests; retry in " + seconds + " s")).header("Retry-After", seconds).build());
    }

    /** Takes a token for {@code client}; returns 0 when granted, else how long until one is available. */
    long acquire(String client, long now) {
        if (buckets.size() >= MAX_CLIENTS) {
            evictIdle(now);
        }
        Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(config.burst(), now));
        synchronized (b) {
            b.tokens = Math.min(config.burst(), b.tokens + (now - b.last) * tokensPerNano);
            b.last = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - b.tokens) / tokensPerNano);
        }
    }

    @Scheduled(every = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void evictIdle() {
        evictIdle(System.nanoTime());
    }

    private void evictIdle(long now) {
        buckets.entrySet().removeIf(e -> now - e.getValue().last > IDLE_NANOS);
    }

    private String client(ContainerRequestContext request, HttpServerRequest http) {
        if (config.trustForwardedFor()) {
            String forwarded = request.getHeaderString("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].trim();
            }
        }
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
