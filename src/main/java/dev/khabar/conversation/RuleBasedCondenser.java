package dev.khabar.conversation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The model-free condenser: a question that points back (he, there, उन्होंने, wahan…) or names nobody carries over
 * the names of the conversation's latest question that had any. Names are what retrieval most needs and what a
 * pronoun most often stands for; carrying whole questions over would drag their topic into the new one.
 */
public final class RuleBasedCondenser implements FollowUpCondenser {

    private static final Pattern POINTS_BACK = Pattern.compile("(?iu)(^|[\\s,.?!])("
            + "he|she|they|him|her|them|his|hers|their|theirs|it|its|there|that|this|those|these|then|"
            + "वह|वे|वो|उन्होंने|उन्हों|उनके|उनकी|उनका|उन्हें|उसने|उसके|उसकी|उसका|उसे|वहां|वहाँ|वहीं|तब|इस|उस|इसके|उसमें|इन|उन|"
            + "unhone|unhonne|unhon|usne|unke|unki|unka|unhe|unhen|uske|uski|uska|use|wahan|vahan|waha|vaha|"
            + "woh|wo|ve|yeh|ye|iske|iski|uss|tab"
            + ")(?=$|[\\s,.?!])");

    private final Function<String, List<String>> names;

    /** @param names the names a question mentions (e.g. the NAME concepts of the query transformer) */
    public RuleBasedCondenser(Function<String, List<String>> names) {
        this.names = names;
    }

    @Override
    public String condense(List<Turn> history, String question) {
        if (history.isEmpty()) {
            return question;
        }
        List<String> own = names.apply(question);
        if (!own.isEmpty() && !POINTS_BACK.matcher(question).find()) {
            return question;
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            Set<String> carried = new LinkedHashSet<>(history.get(i).names());
            own.forEach(n -> carried.removeIf(c -> c.equalsIgnoreCase(n)));
            Set<String> words = new java.util.HashSet<>(
                    java.util.Arrays.asList(question.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+")));
            carried.removeIf(c -> words.contains(c.toLowerCase(Locale.ROOT)));
            if (!carried.isEmpty()) {
                return question.strip() + " (" + String.join(", ", carried) + ")";
            }
        }
        return question;
    }
}
