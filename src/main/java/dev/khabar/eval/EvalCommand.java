package dev.khabar.eval;

import dev.khabar.answer.AnswerService;
import dev.khabar.ingest.IngestionService;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code eval SET.jsonl [--url http://host:port] [--out target/eval] [--thresholds eval/thresholds.properties]}:
 * runs a question set in-process (or against a running service), writes the reports, and returns 0 when every
 * threshold holds, 1 when one does not, 2 on bad usage.
 */
@ApplicationScoped
public class EvalCommand {

    public static final Path DEFAULT_THRESHOLDS = Path.of("eval/thresholds.properties");
    public static final Path DEFAULT_OUT = Path.of("target/eval");

    private final AnswerService answers;
    private final IngestionService ingestion;

    public EvalCommand(AnswerService answers, IngestionService ingestion) {
        this.answers = answers;
        this.ingestion = ingestion;
    }

    public int run(List<String> args, PrintStream out) {
        Path set = null;
        String url = null;
        Path folder = DEFAULT_OUT;
        Path thresholds = Files.exists(DEFAULT_THRESHOLDS) ? DEFAULT_THRESHOLDS : null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            boolean hasValue = i + 1 < args.size();
            switch (a) {
                case "--url" -> url = hasValue ? args.get(++i) : null;
                case "--out" -> folder = hasValue ? Path.of(args.get(++i)) : null;
                case "--thresholds" -> thresholds = hasValue ? Path.of(args.get(++i)) : null;
                case "--no-thresholds" -> thresholds = null;
                default -> set = a.startsWith("--") ? null : Path.of(a);
            }
            if (set == null && !a.startsWith("--") || folder == null || (a.equals("--url") && url == null)) {
                return usage(out, "bad argument near " + a);
            }
        }
        if (set == null) {
            return usage(out, "no question set given");
        }
        try {
            Report report = evaluate(set, url, thresholds, out);
            ReportWriter writer = new ReportWriter();
            writer.write(report, folder);
            out.println();
            out.println(writer.summaryTable(report));
            out.println("Reports: " + folder.resolve("report.json") + ", report.md, report.html");
            if (!report.passed()) {
                out.println("Thresholds violated:");
                report.violations().forEach(v -> out.println("  - " + v));
                return 1;
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            out.println("Evaluation failed: " + e.getMessage());
            return 2;
        }
    }

    /** Runs {@code set} in-process ({@code url} null) or against the service at {@code url}. */
    public Report evaluate(Path set, String url, Path thresholds, PrintStream progress) throws IOException {
        List<EvalQuestion> questions = QuestionSetReader.read(set);
        Target target = url == null ? new InProcessTarget(answers, ingestion) : new HttpTarget(url);
        Thresholds limits = thresholds == null ? Thresholds.none() : Thresholds.load(thresholds);
        return new Evaluator(target, progress).run(set.toString(), url == null ? "in-process pipeline" : url,
                questions, limits);
    }

    private static int usage(PrintStream out, String problem) {
        out.println(problem);
        out.println("usage: eval SET.jsonl [--url http://host:port] [--out target/eval] "
                + "[--thresholds eval/thresholds.properties | --no-thresholds]");
        return 2;
    }
}
