package dev.khabar.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client over one kept-alive loopback connection, for load generation. The JDK's HttpClient
 * spent 2–3 ms of CPU per request on its asynchronous machinery; on two cores shared with the service under test
 * that was a third of the machine, and it showed up as the service's latency. This one writes the request and reads
 * a Content-Length or chunked reply on the calling thread. Not thread-safe: one per load thread.
 */
final class LoopbackHttp implements AutoCloseable {

    /** A request: GET when {@code jsonBody} is null, otherwise a POST of that JSON. */
    record Request(URI uri, String jsonBody) {

        static Request get(URI uri) {
            return new Request(uri, null);
        }

        static Request postJson(URI uri, String body) {
            return new Request(uri, body);
        }
    }

    record Response(int statusCode, String body) {
    }

    private final int timeoutMillis;
    private Socket socket;
    private int port = -1;
    private InputStream in;
    private OutputStream out;

    LoopbackHttp(int timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Sends {@code request}, reconnecting once when a kept-alive connection turns out to be closed. A timeout is not
     * retried: the server has the request, and sending it again would double the wait and the work.
     */
    Response send(Request request) throws IOException {
        checkLoopback(request.uri());
        boolean reused = socket != null && port == request.uri().getPort();
        try {
            return exchange(request);
        } catch (IOException e) {
            close();
            if (!reused || e instanceof SocketTimeoutException) {
                throw e;
            }
            return exchange(request);
        }
    }

    private Response exchange(Request request) throws IOException {
        connect(request.uri().getPort());
        byte[] body = request.jsonBody() == null ? null : request.jsonBody().getBytes(StandardCharsets.UTF_8);
        String target = request.uri().getRawPath() + (request.uri().getRawQuery() == null ? ""
                : "?" + request.uri().getRawQuery());
        StringBuilder head = new StringBuilder(body == null ? "GET " : "POST ").append(target)
                .append(" HTTP/1.1\r\nHost: 127.0.0.1:").append(port).append("\r\nAccept: application/json\r\n");
        if (body != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        if (body != null) {
            out.write(body);
        }
        out.flush();
        return read();
    }

    private int chunkSize() throws IOException {
        return Integer.parseInt(line().split(";")[0].trim(), 16);
    }

    private Response read() throws IOException {
        String status = line();
        if (!status.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP reply: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closes = true;
            }
        }
        byte[] body;
        if (chunked) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int size = chunkSize(); size > 0; size = chunkSize()) {
                all.write(in.readNBytes(size));
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
            body = all.toByteArray();
        } else if (length >= 0) {
            body = in.readNBytes((int) length);
            if (body.length < length) {
                throw new EOFException("reply cut short");
            }
        } else {
            body = in.readAllBytes();
            closes = true;
        }
        if (closes) {
            close();
        }
        return new Response(code, new String(body, StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed");
            }
            if (c != '\r') {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    private void connect(int port) throws IOException {
        if (socket != null && this.port == port) {
            return;
        }
        close();
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(timeoutMillis);
        this.port = port;
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
    }

    static void checkLoopback(URI uri) {
        String host = uri.getHost();
        if (!("127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host))) {
            throw new IllegalArgumentException("load is only sent to loopback, not to " + host);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing to release beyond the socket
            }
        }
        socket = null;
        port = -1;
    }
}
