package dev.khabar.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A service under test in its own JVM: started with its output in a log file, measured from outside (memory from
 * {@code /proc}, heap through {@code jcmd}) and always stopped, by its own pid, when the benchmark is done with it.
 */
public final class ServiceProcess implements AutoCloseable {

    /** Resident and peak resident memory of the process, and its Java heap before and after a full GC, in bytes. */
    public record Memory(long rss, long peakRss, long heapUsed, long heapUsedAfterGc) {
    }

    private static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");

    private final String name;
    private final Process process;
    private final Path log;
    private final long startNanos;

    private ServiceProcess(String name, Process process, Path log, long startNanos) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.startNanos = startNanos;
    }

    public static ServiceProcess start(String name, List<String> command, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        long t0 = System.nanoTime();
        return new ServiceProcess(name, pb.start(), log, t0);
    }

    /** The command that runs the packaged Khabar jar on {@code port} over {@code corpus}, keeping data in {@code data}. */
    public static List<String> khabar(Path jar, int port, Path corpus, Path data, List<String> properties) {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.host=127.0.0.1", "-Dkhabar.corpus.dir=" + corpus.toAbsolutePath(),
                "-Dkhabar.data.dir=" + data.toAbsolutePath(),
                // Every request comes from 127.0.0.1: the per-client limit would turn the load into 429s.
                "-Dkhabar.rate-limit.enabled=false"));
        cmd.addAll(properties);
        cmd.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        return cmd;
    }

    /** The command that runs {@link BaselineServer} with this JVM's class path. */
    public static List<String> baseline(int port, Path corpus) {
        // Without TCP_NODELAY the JDK's server sends headers and body in two segments and the second waits out the
        // client's delayed ACK: a flat 40 ms per request that would measure the kernel, not LangChain4j.
        return List.of(javaBin(), "-Dsun.net.httpserver.nodelay=true", "-cp", System.getProperty("java.class.path"),
                BaselineServer.class.getName(),
                "--port", String.valueOf(port), "--corpus", corpus.toAbsolutePath().toString());
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Milliseconds since the process was started. */
    public long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first group of {@code pattern} in the log, or null. */
    public String logMatch(Pattern pattern) {
        Matcher m = pattern.matcher(log());
        return m.find() ? m.group(1) : null;
    }

    public Memory memory() {
        long rss = procStatus("VmRSS");
        long peak = procStatus("VmHWM");
        long heap = heapUsed(false);
        long live = heapUsed(true);
        return new Memory(rss, peak, heap, live);
    }

    private long procStatus(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux, or the process is gone: report nothing rather than fail the run.
        }
        return -1;
    }

    private long heapUsed(boolean afterGc) {
        if (afterGc) {
            jcmd("GC.run");
        }
        Matcher m = HEAP_USED.matcher(jcmd("GC.heap_info"));
        return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
    }

    private String jcmd(String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid()), command).redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor(60, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Bytes of all files under {@code dir}. */
    public static long diskBytes(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
