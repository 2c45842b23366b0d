package dev.khabar.query;

import java.util.Set;

/** Words that shape a question but name nothing to look for. */
final class QuestionWords {

    static final Set<String> ENGLISH = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "by",
            "with", "about", "as", "into", "and", "or", "but", "if", "then", "so", "than", "that", "this", "these",
            "those", "there", "here", "it", "its", "is", "are", "was", "were", "be", "been", "being", "am", "do",
            "does", "did", "done", "doing", "has", "have", "had", "having", "will", "would", "shall", "should", "can",
            "could", "may", "might", "must", "what", "why", "when", "where", "who", "whom", "whose", "which", "how",
            "many", "much", "some", "any", "all", "each", "every", "other", "another", "such", "own", "same", "very",
            "just", "also", "too", "not", "no", "yes", "i", "me", "my", "we", "us", "our", "you", "your", "he", "him",
            "his", "she", "her", "they", "them", "their", "one", "ones", "tell", "please", "know", "explain",
            "describe", "according", "article", "articles", "news", "report", "reports", "reported", "happen",
            "happened", "happening", "mention", "mentioned", "give", "get", "got", "getting", "make", "made", "thing",
            "things", "way", "ways", "kind", "regarding", "say", "says");

    /** Hindi question words that Lucene's Hindi stop list keeps. */
    static final Set<String> HINDI = Set.of("क्यों", "क्यूं", "कब", "कहां", "कहाँ", "कैसे", "कितने", "कितना", "कितनी",
            "कौन", "कौनसा", "किसने", "किसको", "किसे", "क्या", "बारे", "बताइए", "बताओ", "बताएं");

    private QuestionWords() {
    }
}
