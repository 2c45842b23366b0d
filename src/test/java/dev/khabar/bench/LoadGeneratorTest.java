package dev.khabar.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

    @Test
    void nearestRankPercentiles() {
        long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(5, LoadGenerator.percentile(sorted, 50));
        assertEquals(10, LoadGenerator.percentile(sorted, 95));
        assertEquals(10, LoadGenerator.percentile(sorted, 99));
        assertEquals(1, LoadGenerator.percentile(new long[] {1}, 99));
        assertEquals(0, LoadGenerator.percentile(new long[0], 50));
    }

    @Test
    void refusesToSendLoadOffThisMachine() throws Exception {
        // The address is never contacted: the check runs before sending, and the run stops after its one request.
        LoadGenerator.Result r = new LoadGenerator().run(1, 1, Duration.ofSeconds(10),
                n -> LoopbackHttp.Request.get(URI.create("http://192.0.2.1:9/")), (n, resp) -> null);
        assertEquals(1, r.errors());
        assertTrue(r.errorSamples().get(0).contains("loopback"), r.errorSamples().toString());
    }

    @Test
    void readsLengthDelimitedAndChunkedRepliesOverOneKeptAliveConnection() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Set<Object> connections = ConcurrentHashMap.newKeySet();
        server.createContext("/", exchange -> {
            connections.add(exchange.getRemoteAddress());
            byte[] reply = ("{\"path\":\"" + exchange.getRequestURI() + "\",\"body\":"
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).length() + "}")
                    .getBytes(StandardCharsets.UTF_8);
            boolean chunked = exchange.getRequestURI().getPath().equals("/chunked");
            exchange.sendResponseHeaders(chunked ? 404 : 200, chunked ? 0 : reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
        try (LoopbackHttp http = new LoopbackHttp(5_000)) {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            LoopbackHttp.Response plain = http.send(LoopbackHttp.Request.get(URI.create(base + "/a?q=%E0%A4%95")));
            String question = "{\"question\":\"क्यों\"}";
            LoopbackHttp.Response posted = http.send(LoopbackHttp.Request.postJson(URI.create(base + "/b"), question));
            LoopbackHttp.Response chunked = http.send(LoopbackHttp.Request.get(URI.create(base + "/chunked")));

            assertEquals(200, plain.statusCode());
            assertEquals("{\"path\":\"/a?q=%E0%A4%95\",\"body\":0}", plain.body());
            assertEquals("{\"path\":\"/b\",\"body\":" + question.length() + "}", posted.body(),
                    "the UTF-8 body arrived whole");
            assertEquals(404, chunked.statusCode());
            assertEquals("{\"path\":\"/chunked\",\"body\":0}", chunked.body());
            assertEquals(1, connections.size(), "all three went over one connection");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aChatReplyIsCompleteOnlyWithAnswerItsConversationIdAndCitationsWhenGrounded() {
        String ok = "{\"answer\":\"x [1]\",\"grounded\":true,\"citations\":[{\"n\":1}],\"conversationId\":\"c-1\"}";
        assertEquals(null, Bench.chatProblem("c-1", ok));
        assertTrue(Bench.chatProblem("c-2", ok).contains("conversationId"));
        assertTrue(Bench.chatProblem("c-1", ok.replace("x [1]", " ")).contains("empty answer"));
        assertTrue(Bench.chatProblem("c-1", ok.replace("[{\"n\":1}]", "[]")).contains("without citations"));
        assertTrue(Bench.chatProblem("c-1", "<html>").startsWith("not JSON"));
    }
}
