package dev.khabar.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Quality floors from a properties file: {@code metric=min} for the whole set, {@code lang.metric=min} for one
 * language, and {@code metric_max=max} for counts that must stay low (e.g. {@code wrongly_refused_max=0}).
 */
public final class Thresholds {

    private static final String MAX_SUFFIX = "_max";

    private final Map<String, Double> limits;

    private Thresholds(Map<String, Double> limits) {
        this.limits = limits;
    }

    public static Thresholds none() {
        return new Thresholds(Map.of());
    }

    public static Thresholds load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, Double> limits = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            try {
                limits.put(key.trim(), Double.parseDouble(p.getProperty(key).trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": " + key + " is not a number");
            }
        }
        return new Thresholds(limits);
    }

    /** Every metric below its floor (or above its ceiling), described for a person. */
    public List<String> violations(Summary overall, Map<String, Summary> byLanguage) {
        List<String> out = new ArrayList<>();
        limits.forEach((key, limit) -> {
            int dot = key.indexOf('.');
            String scope = dot < 0 ? null : key.substring(0, dot);
            String name = dot < 0 ? key : key.substring(dot + 1);
            Summary s = scope == null ? overall : byLanguage.get(scope);
            if (s == null) {
                return;
            }
            boolean ceiling = name.endsWith(MAX_SUFFIX);
            String metric = ceiling ? name.substring(0, name.length() - MAX_SUFFIX.length()) : name;
            Double value = s.asMap().get(metric);
            if (value == null) {
                out.add("unknown metric in thresholds: " + key);
            } else if (ceiling ? value > limit : value < limit) {
                out.add(String.format(java.util.Locale.ROOT, "%s%s = %.3f, %s %.3f",
                        scope == null ? "" : scope + ".", metric, value, ceiling ? "above the ceiling" : "below the floor",
                        limit));
            }
        });
        return out;
    }
}
