package dev.khabar.testing;

import dev.khabar.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A corpus folder under {@code target/} holding only the given made-up articles, for a test profile to point at. */
public final class MadeUpCorpus {

    private MadeUpCorpus() {
    }

    /** Creates {@code target/<name>} afresh with one file per entry (file name → text) and returns its path. */
    public static Path write(String name, Map<String, String> articles) {
        return create(name, List.of(), articles);
    }

    /**
     * The configuration a test profile needs to serve only {@code articles}: the corpus in {@code target/<name>-corpus},
     * the index in {@code target/<name>-data}, and {@code settings} as key, value, key, value….
     */
    public static Map<String, String> serving(String name, Map<String, String> articles, String... settings) {
        Map<String, String> config = new java.util.HashMap<>();
        config.put("khabar.corpus.dir", write(name + "-corpus", articles).toString());
        config.put("khabar.data.dir", "target/" + name + "-data");
        for (int i = 0; i + 1 < settings.length; i += 2) {
            config.put(settings[i], settings[i + 1]);
        }
        return config;
    }

    /** As {@link #write}, with the seed articles alongside. */
    public static Path withSeeds(String name, Map<String, String> articles) {
        return create(name, Seeds.files(), articles);
    }

    private static Path create(String name, List<Path> copies, Map<String, String> articles) {
        Path dir = Path.of("target", name);
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(dir);
            for (Path file : copies) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
            for (Map.Entry<String, String> a : articles.entrySet()) {
                Files.writeString(dir.resolve(a.getKey()), a.getValue(), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
