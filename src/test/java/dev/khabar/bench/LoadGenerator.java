package dev.khabar.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load generator: {@code concurrency} threads each send one request, wait for the reply, check it and
 * send the next, until {@code maxRequests} were sent or {@code duration} has passed, whichever comes first. A fixed
 * thread pool rather than virtual threads, which Java 17 does not have.
 *
 * <p>Only loopback targets are accepted: load is never sent off this machine.
 */
public final class LoadGenerator {

    /** Builds request number {@code n} (0-based); the same {@code n} is handed to the checker with its reply. */
    public interface Requests {
        LoopbackHttp.Request request(int n);
    }

    /** Says what is wrong with a 2xx reply to request {@code n}, or returns null when it is complete. */
    public interface Checker {
        String problem(int n, LoopbackHttp.Response response);
    }

    /** What one run measured. Latencies in milliseconds. */
    public record Result(int concurrency, int requests, int errors, int non2xx, double seconds, double throughput,
            double p50, double p95, double p99, double max, double mean, List<String> errorSamples) {
    }

    private static final int MAX_ERROR_SAMPLES = 5;

    private static final int TIMEOUT_MILLIS = 60_000;

    /** One request outside a load run, on its own connection. */
    public static LoopbackHttp.Response send(LoopbackHttp.Request request) throws IOException {
        try (LoopbackHttp http = new LoopbackHttp(TIMEOUT_MILLIS)) {
            return http.send(request);
        }
    }

    public Result run(int concurrency, int maxRequests, Duration duration, Requests requests, Checker checker)
            throws InterruptedException {
        long[] latencies = new long[maxRequests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger non2xx = new AtomicInteger();
        AtomicLong lastEnd = new AtomicLong();
        List<String> samples = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, daemon("load"));
        for (int t = 0; t < concurrency; t++) {
            pool.execute(() -> {
                // One kept-alive connection per client thread, as a browser or a bot would hold.
                try (LoopbackHttp http = new LoopbackHttp(TIMEOUT_MILLIS)) {
                    while (System.nanoTime() < deadline) {
                        int n = next.getAndIncrement();
                        if (n >= maxRequests) {
                            return;
                        }
                        long t0 = System.nanoTime();
                        String problem;
                        try {
                            LoopbackHttp.Response response = http.send(requests.request(n));
                            if (response.statusCode() / 100 != 2) {
                                non2xx.incrementAndGet();
                                problem = "HTTP " + response.statusCode() + ": " + abbreviate(response.body());
                            } else {
                                problem = checker.problem(n, response);
                            }
                        } catch (Exception e) {
                            problem = e.getClass().getSimpleName() + ": " + e.getMessage();
                        }
                        long t1 = System.nanoTime();
                        latencies[n] = t1 - t0;
                        lastEnd.accumulateAndGet(t1, Math::max);
                        done.incrementAndGet();
                        if (problem != null) {
                            errors.incrementAndGet();
                            if (samples.size() < MAX_ERROR_SAMPLES) {
                                samples.add("#" + n + " " + problem);
                            }
                        }
                    }
                }
            });
        }
        pool.shutdown();
        // Requests time out on their own; this bound only guards against a hung client.
        if (!pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        int count = done.get();
        long[] sorted = Arrays.copyOf(latencies, Math.min(next.get(), maxRequests));
        sorted = Arrays.stream(sorted).filter(l -> l > 0).sorted().toArray();
        double seconds = Math.max(1, lastEnd.get() - start) / 1e9;
        return new Result(concurrency, count, errors.get(), non2xx.get(), seconds, count / seconds,
                millis(percentile(sorted, 50)), millis(percentile(sorted, 95)), millis(percentile(sorted, 99)),
                millis(sorted.length == 0 ? 0 : sorted[sorted.length - 1]),
                millis((long) Arrays.stream(sorted).average().orElse(0)), List.copyOf(samples));
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
