package dev.khabar.telegram;

import dev.khabar.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The seeds plus one article full of HTML's special characters, so escaping is tested on real answers. */
final class TelegramTestCorpus {

    static final String ARTICLE_ID = "zz_markup";
    static final String ARTICLE = """
            Markets & <Mergers>: Zorbex buys Quillon

            Zorbex Industries said on Monday that it will buy Quillon & Sons for 40 crore rupees, a deal its chairman called <bigger> than anything before.

            The regulator must approve the Zorbex deal before March.
            """;

    private TelegramTestCorpus() {
    }

    /** A fresh copy of the corpus under {@code target/<name>}. */
    static Path create(String name) {
        Path dir = Path.of("target", name);
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(dir);
            for (Path seed : Seeds.files()) {
                Files.copy(seed, dir.resolve(seed.getFileName()));
            }
            Files.writeString(dir.resolve(ARTICLE_ID + ".txt"), ARTICLE, StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
