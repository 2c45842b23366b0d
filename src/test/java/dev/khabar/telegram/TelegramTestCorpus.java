package dev.khabar.telegram;

import dev.khabar.testing.MadeUpCorpus;
import java.nio.file.Path;
import java.util.Map;

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
        return MadeUpCorpus.withSeeds(name, Map.of(ARTICLE_ID + ".txt", ARTICLE));
    }
}
