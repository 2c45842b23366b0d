package dev.khabar.telegram;

import dev.khabar.api.ErrorMappers;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Where Telegram delivers updates in webhook mode. Only a caller with the configured secret gets past the door;
 * after that every update is answered 200, even one the bot cannot use, because Telegram redelivers anything
 * else again and again.
 */
@Path("/telegram/webhook")
public class TelegramWebhookResource {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final TelegramConfig config;
    private final TelegramBot bot;
    private final UpdateReader reader;
    private final Optional<byte[]> secretDigest;

    public TelegramWebhookResource(TelegramConfig config, TelegramBot bot, UpdateReader reader) {
        this.config = config;
        this.bot = bot;
        this.reader = reader;
        this.secretDigest = config.webhookSecret().filter(s -> !s.isEmpty()).map(TelegramWebhookResource::sha256);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Telegram Bot API webhook (needs the X-Telegram-Bot-Api-Secret-Token header)")
    public Response receive(@HeaderParam(SECRET_HEADER) String secret, String body) {
        if (!config.enabled() || config.mode() != TelegramConfig.Mode.WEBHOOK) {
            return ErrorMappers.json(404, "the Telegram webhook is not enabled (khabar.telegram.mode=webhook)");
        }
        if (secretDigest.isEmpty()) {
            return ErrorMappers.json(403, "khabar.telegram.webhook-secret is not set; the webhook refuses every call");
        }
        if (secret == null || secret.isEmpty()) {
            return ErrorMappers.json(401, "missing " + SECRET_HEADER + " header");
        }
        // Digests have one length, so the comparison takes the same time however much of the secret was right.
        if (!MessageDigest.isEqual(sha256(secret), secretDigest.get())) {
            return ErrorMappers.json(403, "wrong " + SECRET_HEADER);
        }
        reader.read(body == null ? "" : body).ifPresent(bot::handle);
        return Response.ok(Map.of("ok", true)).build();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
