package org.tandem.core.roadmap.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces the HTML fragments that Word-to-text exports leave in cells ({@code <p>}, {@code <ol
 * style=...>}, {@code <li>}, {@code <br>}, entities) to plain text. Block tags become line
 * breaks; every line is trimmed and blank lines are dropped. Text without markup only has its
 * spaces normalized.
 */
public final class HtmlText {

    private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern BLOCK_TAG = Pattern.compile("(?i)</?(?:p|div|li|ol|ul|tr|td|th|table|h[1-6])(?:\\s[^>]*)?/?>");
    private static final Pattern ANY_TAG = Pattern.compile("<[a-zA-Z/!][^>]*>");
    // An export can cut a cell inside a tag ("<ol style=..."); the rest of such a cell is markup.
    private static final Pattern DANGLING_TAG = Pattern.compile("<[a-zA-Z/!][^>]*$");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[ \\t\\u00A0\\u2007\\u2009\\u200A\\u202F\\uFEFF]+");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("nbsp", " "), Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("laquo", "«"), Map.entry("raquo", "»"),
            Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("minus", "−"), Map.entry("hellip", "…"),
            Map.entry("bdquo", "„"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("lsquo", "‘"),
            Map.entry("rsquo", "’"), Map.entry("shy", ""), Map.entry("numero", "№"), Map.entry("deg", "°"),
            Map.entry("times", "×"), Map.entry("bull", "•"));

    private HtmlText() {
    }

    /**
     * Plain text of a cell.
     *
     * @param cell cell text that may contain HTML
     * @return the text, lines separated by {@code \n}, trimmed; never null
     */
    public static String toPlain(String cell) {
        Objects.requireNonNull(cell, "cell");
        String s = cell;
        if (s.indexOf('<') >= 0) {
            s = LINE_BREAK.matcher(s).replaceAll("\n");
            s = BLOCK_TAG.matcher(s).replaceAll("\n");
            s = ANY_TAG.matcher(s).replaceAll("");
            s = DANGLING_TAG.matcher(s).replaceAll("");
        }
        if (s.indexOf('&') >= 0) {
            s = decodeEntities(s);
        }
        List<String> lines = new ArrayList<>();
        for (String line : s.split("\\r\\n|\\r|\\n")) {
            String trimmed = HORIZONTAL_SPACE.matcher(line).replaceAll(" ").trim();
            if (!trimmed.isEmpty()) {
                lines.add(trimmed);
            }
        }
        return String.join("\n", lines);
    }

    /** Plain text on one line: line breaks become spaces. */
    public static String toPlainLine(String cell) {
        return toPlain(cell).replace('\n', ' ');
    }

    private static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String decode(String body, String whole) {
        try {
            if (body.startsWith("#x") || body.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(body.substring(2), 16)));
            }
            if (body.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(body.substring(1))));
            }
        } catch (IllegalArgumentException notACodePoint) {
            return whole;
        }
        return NAMED.getOrDefault(body.toLowerCase(java.util.Locale.ROOT), whole);
    }
}
