package dev.khabar.bench;

import dev.khabar.ingest.Article;
import dev.khabar.ingest.ArticleParser;
import dev.khabar.ingest.Chunker;
import dev.khabar.ingest.CorpusReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A corpus of any size made from the seeds' own sentences: the five seeds themselves (so the evaluation questions keep
 * their gold articles) plus {@code n} new articles, each a headline and a few paragraphs of sentences drawn at random
 * from all seed articles. The text is real Hindi news prose, so analysis, chunking and scoring cost what they cost on
 * real articles; the generator is seeded, so every run indexes the same files.
 */
public final class SyntheticCorpus {

    private static final long SEED = 20240618L;
    private static final String MARKER = ".synthetic";
    /** Bumped when the shape of a generated article changes, so an old corpus on disk is regenerated. */
    private static final int LAYOUT = 2;
    private static final List<String> AGENCIES = List.of("Reuters", "AP", "AFP", "PTI", "ANI", "Social Media");

    private final List<String> sentences = new ArrayList<>();
    private final int sentencesPerArticle;
    private final List<Path> seedFiles;

    public SyntheticCorpus(Path seeds) throws IOException {
        CorpusReader reader = new CorpusReader();
        ArticleParser parser = new ArticleParser(new Chunker(500, 1));
        seedFiles = reader.list(seeds);
        int total = 0;
        for (Path file : seedFiles) {
            CorpusReader.SourceFile source = reader.read(file);
            Article a = parser.parse(source.id(), source.text(), source.contentHash());
            a.sentences().forEach(s -> sentences.add(a.quote(s.span()).strip()));
            total += a.sentences().size();
        }
        sentencesPerArticle = Math.max(4, total / Math.max(1, seedFiles.size()));
    }

    /**
     * Writes the seeds and {@code n} synthetic articles into {@code dir}, unless it already holds exactly that corpus.
     * Returns the number of files in the corpus.
     */
    public int write(Path dir, int n) throws IOException {
        Path marker = dir.resolve(MARKER);
        String stamp = n + " " + SEED + " " + sentences.size() + " " + LAYOUT;
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(stamp)) {
            return n + seedFiles.size();
        }
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.list(dir)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        for (Path seed : seedFiles) {
            Files.copy(seed, dir.resolve(seed.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        Random random = new Random(SEED);
        int width = String.valueOf(n).length();
        for (int i = 0; i < n; i++) {
            String id = String.format("syn_%0" + width + "d", i);
            Files.writeString(dir.resolve(id + ".txt"), article(random), StandardCharsets.UTF_8);
        }
        Files.writeString(marker, stamp);
        return n + seedFiles.size();
    }

    /**
     * A headline line, a captioned photo credit, then paragraphs of two to five sentences (about as many sentences as
     * a seed article) with a "ये भी पढ़ें" block of two other headlines in the middle: real pages carry that furniture,
     * and the cleaner and the boilerplate check pay for it.
     */
    String article(Random random) {
        StringBuilder sb = new StringBuilder(pick(random)).append("\n\n");
        sb.append("Photo ").append(random.nextInt(1000)).append(" (Photo Credit: ")
                .append(AGENCIES.get(random.nextInt(AGENCIES.size()))).append(")\n\n");
        int count = sentencesPerArticle / 2 + random.nextInt(sentencesPerArticle + 1);
        int inParagraph = 0;
        int paragraphLength = 2 + random.nextInt(4);
        boolean related = false;
        for (int i = 0; i < count; i++) {
            if (inParagraph > 0) {
                sb.append(' ');
            }
            sb.append(pick(random));
            if (++inParagraph == paragraphLength) {
                sb.append("\n\n");
                inParagraph = 0;
                paragraphLength = 2 + random.nextInt(4);
                if (!related && i >= count / 2) {
                    sb.append("ये भी पढ़ें\n").append(headline(random)).append('\n').append(headline(random))
                            .append("\n\n");
                    related = true;
                }
            }
        }
        return sb.append('\n').toString();
    }

    /** A related link's headline: a short sentence without its full stop. */
    private String headline(Random random) {
        String h = pick(random);
        h = h.substring(0, Math.min(h.length(), 150)).strip();
        return h.replaceAll("[.।?!\"']+$", "");
    }

    private String pick(Random random) {
        return sentences.get(random.nextInt(sentences.size()));
    }

    public int sentencePool() {
        return sentences.size();
    }

    public int sentencesPerArticle() {
        return sentencesPerArticle;
    }
}
