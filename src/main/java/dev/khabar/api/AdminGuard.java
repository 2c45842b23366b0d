package dev.khabar.api;

import dev.khabar.config.KhabarConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** {@code /api/admin/*} needs the configured bearer token; with none configured, admin is off. */
@jakarta.enterprise.context.ApplicationScoped
public class AdminGuard {

    private static final String PREFIX = "Bearer ";

    private final Optional<byte[]> token;

    public AdminGuard(KhabarConfig config) {
        this.token = config.admin().token().filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/admin")) {
            return Optional.empty();
        }
        if (token.isEmpty()) {
            return Optional.of(ErrorMappers.json(403, "admin endpoints are disabled; set khabar.admin.token to enable them"));
        }
        String header = request.getHeaderString("Authorization");
        byte[] given = header != null && header.startsWith(PREFIX)
                ? header.substring(PREFIX.length()).trim().getBytes(StandardCharsets.UTF_8)
                : new byte[0];
        if (!MessageDigest.isEqual(given, token.get())) {
            return Optional.of(ErrorMappers.json(401, "missing or wrong admin token"));
        }
        return Optional.empty();
    }
}
