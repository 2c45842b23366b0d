package dev.khabar.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** Every Khabar setting, under the {@code khabar.} prefix. Defaults are the embedded, offline set-up. */
@ConfigMapping(prefix = "khabar")
public interface KhabarConfig {

    Corpus corpus();

    Data data();

    Chunking chunk();

    Embedding embedding();

    Retrieval retrieval();

    Answer answer();

    Admin admin();

    RateLimit rateLimit();

    interface Admin {
        /**
         * Bearer token required by {@code /api/admin/*} ({@code Authorization: Bearer <token>}). Unset: the admin
         * endpoints are refused.
         */
        Optional<String> token();
    }

    interface RateLimit {
        /** Per-client limit on the answering endpoints ({@code /api/chat}, {@code /api/chat/stream}). */
        @WithDefault("true")
        boolean enabled();

        /** Sustained requests per minute per client. */
        @WithDefault("60")
        int requestsPerMinute();

        /** Requests a client may make at once before the sustained rate applies. */
        @WithDefault("20")
        int burst();

        /** Use the first {@code X-Forwarded-For} address as the client (only behind a trusted proxy). */
        @WithDefault("false")
        boolean trustForwardedFor();
    }

    interface Corpus {
        /** Folder whose {@code *.txt} / {@code *.md} files are the articles. */
        @WithDefault("seeds")
        Path dir();
    }

    interface Data {
        /** Folder for persisted per-article artifacts (sentences, chunks, vectors) and the Lucene index. */
        @WithDefault("data")
        Path dir();
    }

    interface Chunking {
        /** A chunk is closed once adding the next sentence would pass this many characters. */
        @WithDefault("500")
        int maxChars();

        /** Sentences repeated at the start of the next chunk, so a fact on a boundary is found in one chunk whole. */
        @WithDefault("1")
        int overlapSentences();
    }

    interface Embedding {
        /**
         * {@code minilm}: in-process all-MiniLM-L6-v2 (quantized), {@code onnx}: a user-supplied ONNX model
         * ({@code model-path}, {@code tokenizer-path}), {@code langchain4j}: the EmbeddingModel configured through
         * quarkus-langchain4j (OpenAI-compatible or Ollama), {@code none}: lexical retrieval only.
         * <p>
         * Off by default: the only model that can ship offline, the English MiniLM, barely reads Devanagari. On the
         * evaluation sets it changed one fact of 159 questions and reordered two answers, no better on balance,
         * while embedding each question cost 4.5× the server CPU per answer (bin/bench, /api/chat at concurrency 8:
         * 7.2 vs 1.6 ms) and loading the model added a second to every start.
         */
        @WithDefault("none")
        String provider();

        Optional<Path> modelPath();

        Optional<Path> tokenizerPath();

        /** Embed the chunks once at start-up so the first question does not pay for model loading. */
        @WithDefault("true")
        boolean warmUp();
    }

    interface Retrieval {
        /** Chunks handed to the answerer. */
        @WithDefault("6")
        int topK();

        /** Reciprocal-rank-fusion constant. */
        @WithDefault("60")
        int rrfK();

        /** Weight of the lexical (BM25) ranking in the fusion. */
        @WithDefault("1.0")
        double lexicalWeight();

        /**
         * Weight of the dense ranking in the fusion. The bundled English MiniLM barely reads Devanagari: on the
         * evaluation sets any larger weight lowered MRR, so by default it only breaks ties. Raise it when a
         * multilingual model is configured.
         */
        @WithDefault("0.05")
        double denseWeight();

        /** How much a question word found in an article's headline counts, next to one found in the chunk. */
        @WithDefault("0.3")
        float titleBoost();

        /** Candidates each leg hands to the fusion, per chunk finally kept. */
        @WithDefault("4")
        int candidatesPerResult();
    }

    interface Answer {
        /**
         * {@code extractive} (default, no model) or {@code llm}: the chat model configured through
         * {@code quarkus.langchain4j.openai.*} writes the answer from the retrieved chunks, and the extractive
         * answerer stands in whenever it fails.
         */
        @WithDefault("extractive")
        Mode mode();

        enum Mode {
            EXTRACTIVE,
            LLM
        }

        /**
         * With {@code llm}: {@code openai} (any OpenAI-compatible server, {@code quarkus.langchain4j.openai.*}) or
         * {@code ollama} (Ollama's native API, {@code quarkus.langchain4j.ollama.*}).
         */
        @WithDefault("openai")
        Provider provider();

        enum Provider {
            OPENAI,
            OLLAMA
        }

        /** Sentences quoted by the extractive answerer at most. */
        @WithDefault("4")
        int maxSentences();

        /**
         * Share of the question's weighted concepts that the best passage must contain for the extractive answerer
         * to answer rather than say the articles do not cover it.
         */
        @WithDefault("0.42")
        double minCoverage();

        /** Longest accepted question, in characters. */
        @WithDefault("2000")
        int maxQuestionChars();

        /**
         * Answer a few questions in the background at start-up, so the first user does not pay for class loading
         * and JIT compilation. Never calls a chat model.
         */
        @WithDefault("true")
        boolean warmUp();
    }
}
