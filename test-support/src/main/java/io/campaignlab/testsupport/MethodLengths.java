package io.campaignlab.testsupport;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length of every method and constructor in one Java source, counted as the house checker
 * ({@code long-methods.py}) counts it: the lines from the signature (annotations and comments above it left out) to
 * the closing brace, lambdas and anonymous classes inside it included. Comments, strings, text blocks and the
 * arguments of annotations are blanked first; then each opening brace is classified by the text before it.
 */
final class MethodLengths {

    private static final Pattern TYPE = Pattern.compile("\\b(class|interface|enum|record)\\b");
    private static final Pattern ANNOTATION = Pattern.compile("@\\w+(\\.\\w+)*");
    private static final Pattern COMPACT_CONSTRUCTOR = Pattern.compile("((public|private|protected) )?[A-Z]\\w*");
    private static final Pattern ENUM_CONSTANT = Pattern.compile("[A-Z_][A-Z0-9_]*(\\(.*\\))?");
    private static final Pattern ANONYMOUS = Pattern.compile("\\bnew [\\w.<>, ?]+\\(.*\\)$");

    /** One method: where its signature starts, its name and its length in lines. */
    record Method(int line, String name, int lines) {
    }

    private enum Kind { FILE, TYPE, METHOD, OTHER }

    private record Open(Kind kind, int line, String name) {
    }

    private MethodLengths() {
    }

    static List<Method> of(String source) {
        String s = blank(source);
        List<Method> methods = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        stack.push(new Open(Kind.FILE, 0, ""));
        int headerStart = 0;
        int line = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                continue;
            }
            if (c != ';' && c != '{' && c != '}') {
                continue;
            }
            if (c == '{') {
                String raw = s.substring(headerStart, i);
                String header = raw.strip();
                int lead = raw.length() - raw.stripLeading().length();
                int headerLine = line - count(s, headerStart + lead, i);
                Kind kind = classify(header, stack.peek().kind());
                stack.push(new Open(kind, headerLine, kind == Kind.METHOD ? name(header) : ""));
            } else if (c == '}' && stack.size() > 1) {
                Open open = stack.pop();
                if (open.kind() == Kind.METHOD) {
                    methods.add(new Method(open.line(), open.name(), line - open.line() + 1));
                }
            }
            headerStart = i + 1;
        }
        return methods;
    }

    private static Kind classify(String header, Kind enclosing) {
        if (header.contains("class") ? TYPE.matcher(header).find() && !header.split("class", 2)[0].contains("(")
                : TYPE.matcher(header).find()) {
            return Kind.TYPE;
        }
        String h = header.replaceAll("\\s+", " ");
        if (enclosing == Kind.TYPE) {
            if (h.contains("(") && h.contains(")") && !h.split("\\(", 2)[0].contains("=") && !h.contains("->")) {
                return Kind.METHOD;
            }
            if (COMPACT_CONSTRUCTOR.matcher(h).matches()) {
                return Kind.METHOD;
            }
            return ENUM_CONSTANT.matcher(h).matches() ? Kind.TYPE : Kind.OTHER;
        }
        return ANONYMOUS.matcher(h).find() && !h.stripTrailing().endsWith("->") ? Kind.TYPE : Kind.OTHER;
    }

    private static String name(String header) {
        String[] words = header.replaceAll("\\s+", " ").split("\\(", 2)[0].trim().split(" ");
        return header.isEmpty() ? "?" : words[words.length - 1];
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The source with comments, strings, text blocks and annotations blanked; line breaks are kept. */
    static String blank(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int n = src.length();
        int i = 0;
        while (i < n) {
            int skipTo = skipped(src, i);
            if (skipTo >= 0) {
                out.append(replacement(src, i, skipTo));
                i = skipTo;
                continue;
            }
            out.append(src.charAt(i));
            i++;
        }
        return out.toString();
    }

    /** Where the comment, literal or annotation starting at {@code i} ends, or -1 when none starts there. */
    private static int skipped(String src, int i) {
        int n = src.length();
        if (src.startsWith("//", i)) {
            int j = src.indexOf('\n', i);
            return j < 0 ? n : j;
        }
        if (src.startsWith("/*", i)) {
            int j = src.indexOf("*/", i + 2);
            return j < 0 ? n : j + 2;
        }
        if (src.startsWith("\"\"\"", i)) {
            int j = src.indexOf("\"\"\"", i + 3);
            return j < 0 ? n : j + 3;
        }
        char c = src.charAt(i);
        if (c == '"' || c == '\'') {
            int j = i + 1;
            while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
                j += src.charAt(j) == '\\' ? 2 : 1;
            }
            return Math.min(j + 1, n);
        }
        if (c == '@') {
            Matcher m = ANNOTATION.matcher(src).region(i, n);
            if (m.lookingAt()) {
                int k = m.end();
                while (k < n && (src.charAt(k) == ' ' || src.charAt(k) == '\t')) {
                    k++;
                }
                if (k < n && src.charAt(k) == '(' && !src.startsWith("@interface", i)) {
                    return closingParenthesis(src, k);
                }
                return m.end();
            }
        }
        return -1;
    }

    private static int closingParenthesis(String src, int open) {
        int depth = 0;
        for (int k = open; k < src.length(); k++) {
            if (src.charAt(k) == '(') {
                depth++;
            } else if (src.charAt(k) == ')' && --depth == 0) {
                return k + 1;
            }
        }
        return src.length();
    }

    /** What a skipped run becomes: its line breaks, so that line numbers stay; a literal keeps two quotes. */
    private static String replacement(String src, int from, int to) {
        String newlines = "\n".repeat(count(src, from, to));
        char c = src.charAt(from);
        if (src.startsWith("\"\"\"", from)) {
            return "\"\"" + newlines;
        }
        if (c == '"' || c == '\'') {
            return "" + c + c;
        }
        return src.startsWith("//", from) ? "" : " " + newlines;
    }
}
