package dev.khabar.answer;

import dev.khabar.config.KhabarConfig;
import dev.khabar.retrieval.SearchService;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Asks a few questions, one per language, right after start-up and off the start-up thread: the first real question
 * would otherwise pay for class loading and JIT of the whole pipeline (hundreds of milliseconds).
 */
@Singleton
public class PipelineWarmUp {

    private static final Logger LOG = Logger.getLogger(PipelineWarmUp.class);
    static final List<String> QUESTIONS = List.of("Why is the US worried?", "अमेरिका क्यों चिंतित है?",
            "Putin kab jaayenge?");

    private final AnswerService answers;
    private final SearchService search;
    private final boolean enabled;

    public PipelineWarmUp(AnswerService answers, SearchService search, KhabarConfig config) {
        this.answers = answers;
        this.search = search;
        this.enabled = config.answer().warmUp();
    }

    // after ingestion (default priority), so the questions meet the loaded corpus
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        if (!enabled) {
            return;
        }
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                // a chat model is never called just to warm up: it costs the user money and time
                QUESTIONS.forEach(q -> {
                    if (answers.streamsTokens()) {
                        search.search(q, 6);
                    } else {
                        answers.answer(q);
                    }
                });
                LOG.debugf("Answering pipeline warmed up in %d ms", (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warnf("Warm-up question failed (%s); the first real question will be slower", e.toString());
            }
        }, "khabar-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
