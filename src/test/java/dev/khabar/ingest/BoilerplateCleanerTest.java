package dev.khabar.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.Seeds;
import dev.khabar.text.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BoilerplateCleanerTest {

    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();

    private String kept(String id) {
        String text = Seeds.text(id);
        CleanedArticle a = cleaner.clean(text);
        return a.title().of(text) + "\n" + a.body().stream().map(s -> s.of(text)).collect(Collectors.joining("\n"));
    }

    @Test
    void everySeedLosesItsBoilerplate() {
        for (var file : Seeds.files()) {
            String kept = kept(CorpusReader.idOf(file));
            for (String b : Seeds.BOILERPLATE) {
                assertFalse(kept.contains(b), file + " still contains boilerplate '" + b + "'");
            }
        }
    }

    @Test
    void seed000KeepsHeadlineAndStory() {
        String text = Seeds.text("000_73e4b9cfef3b4350");
        CleanedArticle a = cleaner.clean(text);
        assertTrue(a.title().of(text).startsWith("रूसी राष्ट्रपति पुतिन पहली बार जाएंगे उत्तर कोरिया"));
        String kept = kept("000_73e4b9cfef3b4350");
        assertTrue(kept.contains("रूस के राष्ट्रपति व्लादिमीर पुतिन मंगलवार (18 जून) को पहली बार"));
        assertTrue(kept.contains("संयुक्त राष्ट्र सुरक्षा परिषद के प्रस्तावों का उल्लंघन माना जाता है."));
        assertTrue(kept.contains("रूस को हथियार दे सकता है दक्षिण कोरिया"), "sub-headings are content");
    }

    @Test
    void seed001SkipsSectionLabelAndEndsBeforeNextPostTeaser() {
        String text = Seeds.text("001_ce10f36d29f07abf");
        CleanedArticle a = cleaner.clean(text);
        assertTrue(a.title().of(text).startsWith("ट्रेन से रूस पहुंचे किम जोंग उन"), "विदेश is a section label");
        String kept = kept("001_ce10f36d29f07abf");
        assertTrue(kept.contains("इसके साथ ही उत्तर कोरिया का डिफेंस एक्सपोर्ट भी बढ़ेगा।"));
        assertFalse(kept.contains("कांगपोकपी"));
    }

    @Test
    void seed002WithoutHeadlineLineUsesFirstSentenceAndKeepsTheParagraph() {
        String text = Seeds.text("002_8aeed890fbe92ce9");
        CleanedArticle a = cleaner.clean(text);
        assertEquals("सियोल: रूस के राष्ट्रपति पुतिन यूक्रेन को पश्चिमी हथियारों की खेप मिलने के जवाब में जल्द ही उत्तर कोरिया का"
                + " दौरा करने वाले हैं।", a.title().of(text));
        assertTrue(kept("002_8aeed890fbe92ce9").contains("पश्चिमी देशों को आशंका है"));
        assertTrue(kept("002_8aeed890fbe92ce9").contains("अच्छे साथियों के अटूट रिश्ते में विकसित हो गये हैं।\""));
    }

    @Test
    void seed003DropsTruncatedTeaserButKeepsFullParagraph() {
        String text = Seeds.text("003_39dddb9f299d2a0d");
        CleanedArticle a = cleaner.clean(text);
        long copies = a.body().stream().filter(s -> s.of(text).contains("वोस्तोचनी कॉस्मोड्रोम में हुई")).count();
        assertEquals(1, copies, "the teaser ending in […] repeats the first paragraph");
    }

    @Test
    void seed004DropsImageMarkdownAndRelatedHeadlines() {
        String text = Seeds.text("004_d9840c39c33cbe66");
        String kept = kept("004_d9840c39c33cbe66");
        assertFalse(kept.contains("feeds.abplive.com"));
        assertTrue(kept.contains("दो बैलिस्टिक मिसाइलें दागीं"));
        assertTrue(kept.contains("दूसरी तरफ रूस और चीन के संबंध जगजाहिर हैं."));
        CleanedArticle a = cleaner.clean(text);
        for (Span s : a.body()) {
            assertEquals(s.of(text), text.substring(s.start(), s.end()));
        }
    }

    @Test
    void inlineImageIsCutOutOfItsLine() {
        String text = "यह एक शीर्षक है\nपहला वाक्य। ![alt](http://x/y.jpg) दूसरा वाक्य।\n";
        CleanedArticle a = new BoilerplateCleaner().clean(text);
        assertEquals(List.of("पहला वाक्य।", "दूसरा वाक्य।"), a.body().stream().map(s -> s.of(text)).toList());
    }
}
