package dev.khabar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The benchmark: Khabar's packaged jar and a plain LangChain4j baseline, each in its own JVM on this machine, measured
 * from outside over loopback HTTP. Run it with {@code bin/bench} ({@code --quick} for a short run); it writes
 * {@code target/bench/results.json} and {@code docs/BENCHMARKS.md}.
 *
 * <p>Every run is bounded: each load run stops after a request count or a duration, whichever comes first, every
 * start-up has a deadline, and every process started is stopped by its pid before the next one starts.
 */
public final class Bench {

    static final String SEEDS = "seeds";
    static final int[] CONCURRENCY = {1, 8, 32};
    /** Khabar's default {@code khabar.embedding.provider}: lexical retrieval only. */
    static final String SHIPPED = "none";
    /** The opt-in dense leg with the bundled English MiniLM, measured to show what it costs and buys. */
    static final String DENSE = "minilm";
    /** The plain LangChain4j baseline always embeds with the bundled MiniLM. */
    static final String BASELINE_EMBEDDING = "minilm";
    private static final Pattern INGESTED = Pattern.compile(
            "(Ingested \\d+ articles \\(\\d+ chunks\\) from .* in \\d+ ms: \\d+ re-indexed, \\d+ chunks embedded, \\d+ failed)");
    private static final Pattern INGEST_NUMBERS = Pattern.compile(
            "Ingested (\\d+) articles \\((\\d+) chunks\\) from .* in (\\d+) ms: (\\d+) re-indexed, (\\d+) chunks embedded, (\\d+) failed");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** How long and how hard; the quick mode checks that everything works in about two minutes. */
    record Plan(boolean quick, Duration loadDuration, int loadMaxRequests, Duration warmUp, int probeRequests,
            List<Integer> minilmSizes, List<Integer> lexicalSizes, int loadCorpusSize, boolean baselineAtScale) {

        static Plan of(boolean quick) {
            return quick
                    ? new Plan(true, Duration.ofSeconds(4), 2_000, Duration.ofSeconds(2), 40, List.of(), List.of(1_000),
                            1_000, false)
                    : new Plan(false, Duration.ofSeconds(10), 20_000, Duration.ofSeconds(3), 100, List.of(1_000),
                            List.of(1_000, 10_000, 50_000), 10_000, true);
        }
    }

    private final Plan plan;
    private final Path root;
    private final Path work;
    private final Path jar;
    private final int khabarPort;
    private final int baselinePort;
    private final Results results = new Results();
    private final LoadGenerator load = new LoadGenerator();
    private final List<EvalQuestions.Question> traffic;
    private final List<EvalQuestions.Question> dev;
    private final List<EvalQuestions.Question> allAnswerable;

    Bench(Plan plan, Path root, int khabarPort, int baselinePort) {
        this.plan = plan;
        this.root = root;
        this.work = root.resolve("target/bench");
        this.jar = root.resolve("target/quarkus-app/quarkus-run.jar");
        this.khabarPort = khabarPort;
        this.baselinePort = baselinePort;
        Path eval = root.resolve("eval");
        this.traffic = shuffled(EvalQuestions.load(eval.resolve("dev.jsonl"), eval.resolve("extra.jsonl")));
        this.dev = EvalQuestions.load(eval.resolve("dev.jsonl")).stream().filter(EvalQuestions.Question::answerable)
                .toList();
        List<Path> sets = new ArrayList<>(List.of(eval.resolve("dev.jsonl"), eval.resolve("extra.jsonl")));
        if (Files.exists(eval.resolve("extra2.jsonl"))) {
            sets.add(eval.resolve("extra2.jsonl"));
        }
        this.allAnswerable = EvalQuestions.load(sets.toArray(Path[]::new)).stream()
                .filter(EvalQuestions.Question::answerable).toList();
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        Path root = Path.of("").toAbsolutePath();
        int port = Integer.getInteger("bench.port", 8085);
        Bench bench = new Bench(Plan.of(quick), root, port, port + 1);
        bench.run();
    }

    void run() throws Exception {
        long t0 = System.nanoTime();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; build it with mvn package -DskipTests");
        }
        requireFree(khabarPort);
        requireFree(baselinePort);
        results.mode = plan.quick() ? "quick" : "full";
        results.date = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        results.commit = System.getProperty("bench.commit", "");
        results.machine = machine();
        log("Machine: %s", results.machine);

        SyntheticCorpus synthetic = new SyntheticCorpus(root.resolve(SEEDS));
        results.notes.add("Synthetic corpora: the 5 seeds plus N articles of " + synthetic.sentencesPerArticle() / 2
                + "–" + (synthetic.sentencesPerArticle() * 3 / 2) + " sentences drawn at random (fixed seed) from the "
                + synthetic.sentencePool() + " sentences of the seeds.");

        results.loadAverageAtStart = loadAverage();
        seedsKhabar(SHIPPED, true);
        seedsKhabar(DENSE, false);
        if (!"seeds".equals(System.getProperty("bench.only"))) {
            seedsBaseline();
            for (int size : plan.minilmSizes()) {
                scaleOrNote(synthetic, size, DENSE);
            }
            for (int size : plan.lexicalSizes()) {
                scaleOrNote(synthetic, size, SHIPPED);
            }
        }
        results.wallSeconds = (System.nanoTime() - t0) / 1_000_000_000;
        results.loadAverageAtEnd = loadAverage();
        targets();
        write();
        log("Done in %d s", results.wallSeconds);
    }

    // ---- the seeds: Khabar as shipped (lexical), under load, and restarted over its persisted index

    /**
     * Khabar over the seeds: the full series with the shipped defaults ({@code full}), or, to price the MiniLM
     * dense leg, quality and the concurrency-8 runs only.
     */
    private void seedsKhabar(String embedding, boolean full) throws Exception {
        Path corpus = root.resolve(SEEDS);
        Path data = work.resolve("data/seeds-" + embedding);
        ServiceProcess.deleteTree(data);
        try (ServiceProcess p = startKhabar("seeds-" + embedding + "-cold", corpus, data, embedding, List.of())) {
            results.starts.add(khabarStart(p, SEEDS, 5, embedding, false, data));
            results.quality.add(new Results.Quality("khabar", embedding, "dev", khabarQuality(dev)));
            results.quality.add(new Results.Quality("khabar", embedding, "all", khabarQuality(allAnswerable)));
            int[] levels = full ? CONCURRENCY : new int[] {8};
            loadRuns(p, "khabar", SEEDS, embedding, "chat", levels, this::chatRequest, this::chatCheck);
            loadRuns(p, "khabar", SEEDS, embedding, "search", levels, this::khabarSearchRequest, this::searchCheck);
            results.memoryAfterLoad.add(new Results.MemoryAfterLoad("khabar", SEEDS, embedding, p.memory()));
        }
        if (full) {
            try (ServiceProcess p = startKhabar("seeds-" + embedding + "-restart", corpus, data, embedding, List.of())) {
                results.starts.add(khabarStart(p, SEEDS, 5, embedding, true, data));
            }
        }
    }

    private void seedsBaseline() throws Exception {
        Path corpus = root.resolve(SEEDS);
        try (ServiceProcess p = startBaseline("seeds", corpus)) {
            results.starts.add(baselineStart(p, SEEDS, 5));
            results.quality.add(new Results.Quality("baseline", BASELINE_EMBEDDING, "dev", baselineQuality(dev)));
            results.quality.add(new Results.Quality("baseline", BASELINE_EMBEDDING, "all", baselineQuality(allAnswerable)));
            loadRuns(p, "baseline", SEEDS, BASELINE_EMBEDDING, "search", CONCURRENCY, this::baselineSearchRequest,
                    this::searchCheck);
            results.memoryAfterLoad.add(new Results.MemoryAfterLoad("baseline", SEEDS, BASELINE_EMBEDDING, p.memory()));
        }
    }

    // ---- synthetic corpora: how ingestion, memory, disk, restart and query cost grow with the corpus

    private void scale(SyntheticCorpus synthetic, int size, String embedding) throws Exception {
        String name = size + (embedding.equals(SHIPPED) ? "" : "-" + embedding);
        Path corpus = work.resolve("corpus-" + size);
        long g0 = System.nanoTime();
        int articles = synthetic.write(corpus, size);
        log("Corpus %s: %d articles (%d ms)", corpus, articles, (System.nanoTime() - g0) / 1_000_000);
        Path data = work.resolve("data/" + size + "-" + embedding);
        ServiceProcess.deleteTree(data);
        String label = size + " synthetic + seeds";
        try (ServiceProcess p = startKhabar(name + "-cold", corpus, data, embedding, List.of())) {
            results.starts.add(khabarStart(p, label, articles, embedding, false, data));
            probe(p, label, embedding);
            if (size == plan.loadCorpusSize() && embedding.equals(SHIPPED)) {
                loadRuns(p, "khabar", label, embedding, "chat", CONCURRENCY, this::chatRequest, this::chatCheck);
                loadRuns(p, "khabar", label, embedding, "search", CONCURRENCY, this::khabarSearchRequest,
                        this::searchCheck);
                results.memoryAfterLoad.add(new Results.MemoryAfterLoad("khabar", label, embedding, p.memory()));
            }
        }
        try (ServiceProcess p = startKhabar(name + "-restart", corpus, data, embedding, List.of())) {
            results.starts.add(khabarStart(p, label, articles, embedding, true, data));
        }
        if (plan.baselineAtScale() && embedding.equals(DENSE)) {
            try (ServiceProcess p = startBaseline(String.valueOf(size), corpus)) {
                results.starts.add(baselineStart(p, label, articles));
                probeBaseline(p, label);
            }
        }
    }

    /** A corpus too big for this machine is a finding, not a reason to lose the rest of the run. */
    private void scaleOrNote(SyntheticCorpus synthetic, int size, String embedding) throws Exception {
        try {
            scale(synthetic, size, embedding);
        } catch (IllegalStateException e) {
            String first = e.getMessage().lines().findFirst().orElse("");
            log("FAILED at %d articles (%s): %s", size, embedding, e.getMessage());
            results.notes.add("The " + size + "-article run (" + embedding + ") failed: " + first
                    + " (see target/bench/logs/).");
        }
    }

    /** Single-client latency of both endpoints, for the growth table. */
    private void probe(ServiceProcess p, String corpus, String embedding) throws InterruptedException {
        LoadGenerator.Result warm = load.run(1, plan.probeRequests() / 4, plan.loadDuration(), this::chatRequest,
                this::chatCheck);
        checkErrors("warm-up", warm);
        measure(p, "khabar", corpus, embedding, "chat", "probe", 1, plan.probeRequests(), this::chatRequest,
                this::chatCheck);
        measure(p, "khabar", corpus, embedding, "search", "probe", 1, plan.probeRequests(), this::khabarSearchRequest,
                this::searchCheck);
    }

    private void probeBaseline(ServiceProcess p, String corpus) throws InterruptedException {
        load.run(1, plan.probeRequests() / 4, plan.loadDuration(), this::baselineSearchRequest, this::searchCheck);
        measure(p, "baseline", corpus, BASELINE_EMBEDDING, "search", "probe", 1, plan.probeRequests(),
                this::baselineSearchRequest, this::searchCheck);
    }

    private void loadRuns(ServiceProcess p, String system, String corpus, String embedding, String endpoint,
            int[] levels, LoadGenerator.Requests requests, LoadGenerator.Checker checker) throws InterruptedException {
        // Warm-up at the middle concurrency: JIT-compiles the hot paths before anything is recorded.
        LoadGenerator.Result warm = load.run(8, plan.loadMaxRequests(), plan.warmUp(), requests, checker);
        checkErrors(system + " " + endpoint + " warm-up", warm);
        for (int c : levels) {
            measure(p, system, corpus, embedding, endpoint, "load", c, plan.loadMaxRequests(), requests, checker);
        }
    }

    private void measure(ServiceProcess p, String system, String corpus, String embedding, String endpoint,
            String kind, int concurrency, int maxRequests, LoadGenerator.Requests requests,
            LoadGenerator.Checker checker) throws InterruptedException {
        CpuMeter cpu = CpuMeter.start(p.pid());
        LoadGenerator.Result r = load.run(concurrency, maxRequests, plan.loadDuration(), requests, checker);
        CpuMeter.Usage usage = cpu.stop(r.requests());
        log("%-8s %-24s %-6s %-6s %-5s c=%-2d n=%-5d err=%d  %.0f/s  p50 %.1f  p95 %.1f  p99 %.1f ms  cpu/req %.2f ms (client %.2f), other load %.2f cores%s",
                system, corpus, embedding, endpoint, kind, r.concurrency(), r.requests(), r.errors(), r.throughput(),
                r.p50(), r.p95(), r.p99(), usage.serverMsPerRequest(), usage.clientMsPerRequest(), usage.otherCores(),
                r.errorSamples().isEmpty() ? "" : "  " + r.errorSamples());
        results.loads.add(new Results.Load(system, corpus, embedding, endpoint, kind, r, usage));
    }

    private static void checkErrors(String what, LoadGenerator.Result r) {
        if (r.errors() > 0) {
            log("WARNING %s: %d errors, e.g. %s", what, r.errors(), r.errorSamples());
        }
    }

    // ---- requests and what makes a reply complete

    private String question(int n) {
        return traffic.get(n % traffic.size()).question();
    }

    private LoopbackHttp.Request chatRequest(int n) {
        String body;
        try {
            body = JSON.writeValueAsString(Map.of("question", question(n), "conversationId", "bench-" + n));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return LoopbackHttp.Request.postJson(URI.create("http://127.0.0.1:" + khabarPort + "/api/chat"), body);
    }

    private String chatCheck(int n, LoopbackHttp.Response response) {
        return chatProblem("bench-" + n, response.body());
    }

    /** Why a chat reply is incomplete, or null: it needs an answer, its conversation id and a citation per claim. */
    static String chatProblem(String conversationId, String body) {
        try {
            JsonNode r = JSON.readTree(body);
            if (!conversationId.equals(r.path("conversationId").asText())) {
                return "conversationId not echoed: " + r.path("conversationId");
            }
            if (r.path("answer").asText().isBlank()) {
                return "empty answer";
            }
            if (!r.path("citations").isArray()) {
                return "no citations array";
            }
            if (r.path("grounded").asBoolean() && r.path("citations").isEmpty()) {
                return "grounded answer without citations";
            }
            return null;
        } catch (IOException e) {
            return "not JSON: " + e.getMessage();
        }
    }

    private LoopbackHttp.Request khabarSearchRequest(int n) {
        return get(khabarPort, "/api/search?k=5&q=" + URLEncoder.encode(question(n), StandardCharsets.UTF_8));
    }

    private LoopbackHttp.Request baselineSearchRequest(int n) {
        return get(baselinePort, "/search?q=" + URLEncoder.encode(question(n), StandardCharsets.UTF_8));
    }

    private static LoopbackHttp.Request get(int port, String pathAndQuery) {
        return LoopbackHttp.Request.get(URI.create("http://127.0.0.1:" + port + pathAndQuery));
    }

    private String searchCheck(int n, LoopbackHttp.Response response) {
        try {
            JsonNode results = JSON.readTree(response.body()).path("results");
            return results.isArray() ? null : "no results array";
        } catch (IOException e) {
            return "not JSON: " + e.getMessage();
        }
    }

    // ---- quality: answer-bearing hit@5 through each system's search

    private AnswerBearing.Score khabarQuality(List<EvalQuestions.Question> questions) throws Exception {
        List<Integer> ranks = new ArrayList<>();
        for (EvalQuestions.Question q : questions) {
            ranks.add(AnswerBearing.firstRank(q, hits(get(khabarPort, "/api/search?k=5&q="
                    + URLEncoder.encode(q.question(), StandardCharsets.UTF_8)))));
        }
        return AnswerBearing.score(ranks);
    }

    private AnswerBearing.Score baselineQuality(List<EvalQuestions.Question> questions) throws Exception {
        List<Integer> ranks = new ArrayList<>();
        for (EvalQuestions.Question q : questions) {
            ranks.add(AnswerBearing.firstRank(q, hits(get(baselinePort, "/search?q="
                    + URLEncoder.encode(q.question(), StandardCharsets.UTF_8)))));
        }
        return AnswerBearing.score(ranks);
    }

    private List<AnswerBearing.Hit> hits(LoopbackHttp.Request request) throws Exception {
        LoopbackHttp.Response r = LoadGenerator.send(request);
        if (r.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        List<AnswerBearing.Hit> hits = new ArrayList<>();
        for (JsonNode h : JSON.readTree(r.body()).path("results")) {
            hits.add(new AnswerBearing.Hit(h.path("documentId").asText(), h.path("text").asText()));
        }
        return hits.subList(0, Math.min(5, hits.size()));
    }

    // ---- starting services and timing them to their first answer

    private ServiceProcess startKhabar(String name, Path corpus, Path data, String embedding, List<String> extra)
            throws IOException {
        List<String> props = new ArrayList<>(List.of("-Dkhabar.embedding.provider=" + embedding));
        props.addAll(extra);
        props.addAll(jfr(name));
        log("Starting Khabar (%s) over %s", name, corpus);
        return ServiceProcess.start("khabar-" + name,
                ServiceProcess.khabar(jar, khabarPort, corpus, data, props), work.resolve("logs/khabar-" + name + ".log"));
    }

    /** {@code -Dbench.jfr=seeds-cold} records a flight recording of that service start for profiling. */
    private List<String> jfr(String name) {
        if (!name.equals(System.getProperty("bench.jfr"))) {
            return List.of();
        }
        Path file = work.resolve("khabar-" + name + ".jfr").toAbsolutePath();
        return List.of("-XX:StartFlightRecording=filename=" + file + ",settings=profile");
    }

    private ServiceProcess startBaseline(String name, Path corpus) throws IOException {
        log("Starting the LangChain4j baseline over %s", corpus);
        return ServiceProcess.start("baseline-" + name, ServiceProcess.baseline(baselinePort, corpus),
                work.resolve("logs/baseline-" + name + ".log"));
    }

    private Results.Start khabarStart(ServiceProcess p, String corpus, int articles, String embedding,
            boolean persisted, Path data) throws Exception {
        long[] first = awaitFirst(p, this::chatRequest, (n, r) -> chatProblem("bench-" + n, r.body()));
        String line = p.logMatch(INGESTED);
        Results.Ingest ingest = line == null ? null : ingest(line);
        Results.Start s = new Results.Start("khabar", corpus, articles, embedding, persisted, first[0], first[1], ingest,
                p.memory(), ServiceProcess.diskBytes(data));
        log("khabar   %-26s %s index: first answer after %d ms (request %d ms); %s; RSS %d MiB, heap after GC %d MiB, disk %d KiB",
                corpus, persisted ? "persisted" : "cold", s.firstAnswerMillis(), s.firstRequestMillis(), line,
                s.memory().rss() >> 20, s.memory().heapUsedAfterGc() >> 20, s.diskBytes() >> 10);
        return s;
    }

    private Results.Start baselineStart(ServiceProcess p, String corpus, int articles) throws Exception {
        long[] first = awaitFirst(p, this::baselineSearchRequest, this::searchCheck);
        JsonNode stats = JSON.readTree(LoadGenerator.send(get(baselinePort, "/stats")).body());
        int segments = stats.path("segments").asInt();
        long ingestMillis = stats.path("ingestMillis").asLong();
        long modelMillis = stats.path("modelLoadMillis").asLong();
        results.baselineIngests.add(new Results.BaselineIngest(corpus, stats.path("documents").asInt(), segments,
                modelMillis, ingestMillis, segments / Math.max(0.001, ingestMillis / 1000.0)));
        Results.Ingest ingest = new Results.Ingest(stats.path("documents").asInt(), segments,
                stats.path("documents").asInt(), segments, 0, modelMillis + ingestMillis,
                segments / Math.max(0.001, (modelMillis + ingestMillis) / 1000.0));
        Results.Start s = new Results.Start("baseline", corpus, articles, BASELINE_EMBEDDING, false, first[0], first[1], ingest,
                p.memory(), 0);
        log("baseline %-26s first answer after %d ms; %d segments, model %d ms + ingestion %d ms; RSS %d MiB", corpus,
                s.firstAnswerMillis(), segments, modelMillis, ingestMillis, s.memory().rss() >> 20);
        return s;
    }

    /**
     * Polls until the service gives a complete reply; returns {time from process start, duration of that request}.
     * Connection refusals while the JVM boots and ingests are expected and retried every 20 ms.
     */
    private long[] awaitFirst(ServiceProcess p, LoadGenerator.Requests requests, LoadGenerator.Checker checker)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            if (!p.alive()) {
                throw new IllegalStateException(p.name() + " exited:\n" + tail(p.log()));
            }
            long t0 = System.nanoTime();
            try {
                LoopbackHttp.Response r = LoadGenerator.send(requests.request(0));
                if (r.statusCode() == 200 && checker.problem(0, r) == null) {
                    return new long[] {p.elapsedMillis(), (System.nanoTime() - t0) / 1_000_000};
                }
                last = r.statusCode() + " " + r.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(p.name() + " gave no answer in time; last: " + last);
    }

    private static Results.Ingest ingest(String line) {
        var m = INGEST_NUMBERS.matcher(line);
        if (!m.find()) {
            return null;
        }
        int chunks = Integer.parseInt(m.group(2));
        long millis = Long.parseLong(m.group(3));
        return new Results.Ingest(Integer.parseInt(m.group(1)), chunks, Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), millis,
                chunks / Math.max(0.001, millis / 1000.0));
    }

    // ---- targets, machine, output

    private void targets() {
        results.loads.stream()
                .filter(l -> l.system().equals("khabar") && l.corpus().equals(SEEDS) && l.endpoint().equals("chat")
                        && l.embedding().equals(SHIPPED) && l.kind().equals("load") && l.result().concurrency() == 8)
                .findFirst().ifPresent(l -> {
                    results.targets.add(new Results.Target("/api/chat p50 at concurrency 8 (seeds)", "< 20 ms",
                            fmt(l.result().p50()) + " ms", l.result().p50() < 20));
                    results.targets.add(new Results.Target("/api/chat p99 at concurrency 8 (seeds)", "< 100 ms",
                            fmt(l.result().p99()) + " ms", l.result().p99() < 100));
                });
        int requests = results.loads.stream().mapToInt(l -> l.result().requests()).sum();
        int errors = results.loads.stream().mapToInt(l -> l.result().errors()).sum();
        results.targets.add(new Results.Target("errors under load (all runs)", "0",
                errors + " of " + requests + " requests", errors == 0));
        results.starts.stream().filter(s -> s.system().equals("khabar") && s.corpus().equals(SEEDS)
                && s.embedding().equals(SHIPPED) && s.persistedIndex()).findFirst().ifPresent(s -> results.targets.add(new Results.Target(
                        "restart to first answer, persisted index (seeds)", "< 5 s",
                        fmt(s.firstAnswerMillis() / 1000.0) + " s", s.firstAnswerMillis() < 5000)));
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return String.valueOf((long) v);
        }
        return v >= 100 ? String.format("%.0f", v) : v >= 10 ? String.format("%.1f", v) : String.format("%.2f", v);
    }

    private void write() throws IOException {
        Files.createDirectories(work);
        JSON.writeValue(work.resolve("results.json").toFile(), results);
        Path doc = root.resolve(System.getProperty("bench.report", "docs/BENCHMARKS.md"));
        Files.createDirectories(doc.getParent());
        Files.writeString(doc, new Report(results).markdown());
        log("Wrote %s and %s", work.resolve("results.json"), doc);
    }

    private static Results.Machine machine() {
        String cpu = "unknown";
        long memory = -1;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).findFirst().orElse(-1L);
        } catch (IOException e) {
            // Not Linux: the report says unknown.
        }
        String gc = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
        return new Results.Machine(cpu, Runtime.getRuntime().availableProcessors(), memory,
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"), gc,
                Runtime.getRuntime().maxMemory());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void requireFree(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            throw new IllegalStateException("port " + port + " is in use; stop what runs there or pass -Dbench.port");
        } catch (IOException e) {
            // Nothing listens: good.
        }
    }

    private static List<EvalQuestions.Question> shuffled(List<EvalQuestions.Question> questions) {
        List<EvalQuestions.Question> copy = new ArrayList<>(questions);
        Collections.shuffle(copy, new Random(7));
        return List.copyOf(copy);
    }

    private static String tail(String log) {
        return log.length() > 3000 ? log.substring(log.length() - 3000) : log;
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
