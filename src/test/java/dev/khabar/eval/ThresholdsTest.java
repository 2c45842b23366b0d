package dev.khabar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThresholdsTest {

    @TempDir
    Path dir;

    static Summary summary(double hit5, int wronglyRefused) {
        return new Summary(10, 8, 2, 0.5, hit5, 0.7, 1, 0.9, 1, wronglyRefused, 1, 1, 0.8, 10, 20);
    }

    Thresholds load(String text) throws IOException {
        Path file = dir.resolve("t.properties");
        Files.writeString(file, text);
        return Thresholds.load(file);
    }

    @Test
    void floorsCeilingsAndLanguagesAreChecked() throws IOException {
        Thresholds t = load("hit_at_5=0.95\nwrongly_refused_max=0\nhi.hit_at_5=0.9\n");
        assertEquals(List.of(), t.violations(summary(0.96, 0), Map.of("hi", summary(0.9, 0))));

        List<String> v = t.violations(summary(0.94, 1), Map.of("hi", summary(0.5, 0)));
        assertEquals(3, v.size(), v.toString());
        assertTrue(v.contains("hit_at_5 = 0.940, below the floor 0.950"), v.toString());
        assertTrue(v.contains("wrongly_refused = 1.000, above the ceiling 0.000"), v.toString());
        assertTrue(v.contains("hi.hit_at_5 = 0.500, below the floor 0.900"), v.toString());
    }

    @Test
    void aLanguageAbsentFromTheSetIsNotAViolation() throws IOException {
        assertEquals(List.of(), load("hinglish.hit_at_5=0.95\n").violations(summary(1, 0), Map.of()));
    }

    @Test
    void typosAndNonNumbersAreReported() throws IOException {
        assertEquals(List.of("unknown metric in thresholds: hit_at_50"),
                load("hit_at_50=0.9\n").violations(summary(1, 0), Map.of()));
        var e = assertThrows(IllegalArgumentException.class, () -> load("hit_at_5=high\n"));
        assertTrue(e.getMessage().contains("hit_at_5 is not a number"));
    }

    @Test
    void theProjectThresholdsParseAndNameOnlyKnownMetrics() throws IOException {
        Thresholds project = Thresholds.load(EvalCommand.DEFAULT_THRESHOLDS);
        Summary perfect = new Summary(1, 1, 0, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 0, 0);
        Map<String, Summary> langs = Map.of("en", perfect, "hi", perfect, "hinglish", perfect);
        assertEquals(List.of(), project.violations(perfect, langs));
    }
}
