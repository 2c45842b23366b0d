package dev.khabar.telegram;

/** Telegram's HTML parse mode: only {@code <}, {@code >} and {@code &} must be escaped outside tags. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Plain text, escaped, in bold. */
    static String bold(String text) {
        return inTag("b").apply(escape(text));
    }

    /** Wraps HTML that is escaped already in {@code <tag>…</tag>}. */
    static java.util.function.UnaryOperator<String> inTag(String tag) {
        return html -> "<" + tag + ">" + html + "</" + tag + ">";
    }
}
