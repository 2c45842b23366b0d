package dev.khabar.bench;

import java.util.ArrayList;
import java.util.List;

/** Everything one benchmark run measured; written as {@code target/bench/results.json} and rendered by {@link Report}. */
public final class Results {

    /** The machine the numbers come from. */
    public record Machine(String cpu, int cores, long memoryBytes, String os, String jvm, String gc,
            long defaultMaxHeapBytes) {
    }

    /** Khabar's own account of one ingestion run (its start-up log line). */
    public record Ingest(int documents, int chunks, int reindexed, int embedded, int failed, long millis,
            double chunksPerSecond) {
    }

    /**
     * One start of a service over a corpus: time from process start to the first complete answer, what ingestion did,
     * memory once serving, and the data folder's size.
     */
    public record Start(String system, String corpus, int articles, String embedding, boolean persistedIndex,
            long firstAnswerMillis, long firstRequestMillis, Ingest ingest, ServiceProcess.Memory memory,
            long diskBytes) {
    }

    /**
     * One load run against one endpoint; {@code kind} is {@code load} for the concurrency series and {@code probe}
     * for the single-client runs of the growth table.
     */
    public record Load(String system, String corpus, String embedding, String endpoint, String kind,
            LoadGenerator.Result result, CpuMeter.Usage cpu) {
    }

    /** What the LangChain4j baseline's ingestion took. */
    public record BaselineIngest(String corpus, int documents, int segments, long modelLoadMillis, long ingestMillis,
            double segmentsPerSecond) {
    }

    /** Answer-bearing hit@5 of one system on one question set. */
    public record Quality(String system, String embedding, String questions, AnswerBearing.Score score) {
    }

    /** Memory of a service after its load runs. */
    public record MemoryAfterLoad(String system, String corpus, String embedding, ServiceProcess.Memory memory) {
    }

    /** A stated target and whether this run met it. */
    public record Target(String name, String goal, String measured, boolean holds) {
    }

    public String mode;
    public String date;
    public String commit;
    public Machine machine;
    public long wallSeconds;
    /** {@code /proc/loadavg} when the run began and ended: other work on the machine skews everything. */
    public String loadAverageAtStart;
    public String loadAverageAtEnd;
    public final List<Start> starts = new ArrayList<>();
    public final List<Load> loads = new ArrayList<>();
    public final List<BaselineIngest> baselineIngests = new ArrayList<>();
    public final List<Quality> quality = new ArrayList<>();
    public final List<MemoryAfterLoad> memoryAfterLoad = new ArrayList<>();
    public final List<Target> targets = new ArrayList<>();
    public final List<String> notes = new ArrayList<>();
}
