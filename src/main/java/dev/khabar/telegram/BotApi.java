package dev.khabar.telegram;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The Bot API as a REST client: every method is {@code POST <base>/bot<token>/<method>} with a JSON body. The raw
 * response is returned whatever its status, because Telegram's error bodies say what to do ({@code retry_after}).
 */
@Path("")
public interface BotApi extends AutoCloseable {

    @POST
    @Path("{method}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response call(@PathParam("method") String method, Object body);

    /** Closes the client's connections, failing a request in flight at once. */
    @Override
    void close();
}
