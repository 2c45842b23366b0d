package dev.khabar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's seed articles, read as the service reads them. */
public final class Seeds {

    public static final Path DIR = Path.of("seeds");

    /** Page furniture seen in the seeds; none of it may survive cleaning. */
    public static final List<String> BOILERPLATE = List.of("Advertisment", "ये भी पढ़ें", "यह भी पढ़ें", "Share:", "Next Post",
            "author-image", "Suhel Khan", "एडिट", "New Update", "Date Updated", "फॉलो करें", "Photo Credit",
            "ट्रेंडिंग न्यूज", "टॉप हेडलाइंस", "![", "abplive", "Latest World News", "News Nation Bureau", "राहुल गांधी",
            "रायबरेली", "मेघना गुलज़ार", "करीना", "हज यात्रा", "ऋषि सुनक", "Manipur", "मणिपुर", "Wed Sep 13", "[…]",
            "ABP Premium", "नॉर्थ कोरिया के हथियार कैसे यूक्रेन में मचा सकती है तबाही");


    private Seeds() {
    }

    public static List<Path> files() {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String id) {
        try {
            return Files.readString(DIR.resolve(id + ".txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text[start:end]} counted in code points, as a Python client slices it. */
    public static String slice(String text, int start, int end) {
        int[] cps = text.codePoints().toArray();
        return new String(cps, start, end - start);
    }
}
