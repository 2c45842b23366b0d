package dev.khabar.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent during a run by the service, by this load generator and by everything else on the machine. CPU
 * milliseconds per request are far steadier than latency on a shared, noisy machine, and "everything else" says how
 * noisy it was.
 */
final class CpuMeter {

    /** CPU used over one run. */
    record Usage(double serverMsPerRequest, double clientMsPerRequest, double otherCores) {
    }

    /** Clock ticks per second of {@code /proc} times; 100 on every Linux this runs on. */
    private static final double TICK_MS = 10.0;

    private final long pid;
    private final long serverTicks;
    private final long clientNanos;
    private final long machineBusyTicks;
    private final long wallNanos;

    private CpuMeter(long pid) {
        this.pid = pid;
        this.serverTicks = processTicks(pid);
        this.clientNanos = clientCpuNanos();
        this.machineBusyTicks = machineBusyTicks();
        this.wallNanos = System.nanoTime();
    }

    static CpuMeter start(long serverPid) {
        return new CpuMeter(serverPid);
    }

    Usage stop(int requests) {
        double server = (processTicks(pid) - serverTicks) * TICK_MS;
        double client = (clientCpuNanos() - clientNanos) / 1e6;
        double busy = (machineBusyTicks() - machineBusyTicks) * TICK_MS;
        double wall = (System.nanoTime() - wallNanos) / 1e6;
        int n = Math.max(1, requests);
        return new Usage(round(server / n), round(client / n), round(Math.max(0, busy - server - client) / wall));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime are fields 14 and 15 of the line; the split starts at field 3.
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long machineBusyTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) {
                total += Long.parseLong(f[i]);
            }
            return total - Long.parseLong(f[4]) - Long.parseLong(f[5]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long clientCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
