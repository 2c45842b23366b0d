package dev.khabar.answer;

import dev.khabar.ingest.Article;
import dev.khabar.ingest.Corpus;
import dev.khabar.ingest.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Last step of the pipeline: only verifiable citations leave the service. A citation must quote article content
 * (not boilerplate) verbatim at its offsets; every {@code [n]} in the text must have a citation; citations are
 * renumbered 1..m in reading order. An answer left with no citation is not grounded.
 */
public final class CitationValidator {

    private static final Pattern MARKER = Pattern.compile("\\s?\\[(\\d{1,3})]");

    public Answer validate(Answer answer, Corpus corpus) {
        if (!answer.grounded()) {
            return answer.citations().isEmpty() ? answer
                    : new Answer(answer.text(), false, List.of(), answer.answerer(), answer.warnings());
        }
        Map<Integer, Citation> valid = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>(answer.warnings());
        for (Citation c : answer.citations()) {
            if (verifiable(c, corpus)) {
                valid.put(c.n(), c);
            } else {
                warnings.add("citation [" + c.n() + "] did not match its source and was removed");
            }
        }
        Map<Integer, Integer> renumbered = new LinkedHashMap<>();
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Matcher m = MARKER.matcher(answer.text());
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            Citation c = valid.get(n);
            String replacement;
            if (c == null) {
                warnings.add("marker [" + n + "] had no valid source and was removed");
                replacement = "";
            } else {
                int newN = renumbered.computeIfAbsent(n, k -> {
                    citations.add(new Citation(citations.size() + 1, c.documentId(), c.title(), c.snippet(),
                            c.start(), c.end()));
                    return citations.size();
                });
                replacement = m.group().startsWith(" ") ? " [" + newN + "]" : "[" + newN + "]";
            }
            m.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(text);
        if (citations.isEmpty()) {
            warnings.add("the answer cited no valid source, so it is not marked grounded");
            return new Answer(text.toString().trim(), false, List.of(), answer.answerer(), warnings);
        }
        return new Answer(text.toString().trim(), true, citations, answer.answerer(), warnings);
    }

    static boolean verifiable(Citation c, Corpus corpus) {
        Article a = corpus.article(c.documentId()).orElse(null);
        if (a == null || c.snippet() == null || c.snippet().isBlank() || c.start() < 0 || c.end() <= c.start()) {
            return false;
        }
        int cpCount = a.text().codePointCount(0, a.text().length());
        if (c.end() > cpCount) {
            return false;
        }
        int start = a.text().offsetByCodePoints(0, c.start());
        int end = a.text().offsetByCodePoints(0, c.end());
        if (!a.text().substring(start, end).equals(c.snippet())) {
            return false;
        }
        for (Sentence s : a.sentences()) {
            if (s.span().start() <= start && end <= s.span().end()) {
                return true;
            }
        }
        return false;
    }
}
