package io.campaignlab.engine.importing.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The physical lines one parsed record covers, and whether its quoting can be trusted. A quoted field may hold line
 * breaks, so one record can cover several lines: that is legal, and the preview and the import summary show it. A
 * quote still open at the end of the file, or a quoted field that spans more than {@link #MAX_FIELD_LINES} lines,
 * is not trusted: it has most likely swallowed the rows after it, so every line it covers is rejected on its own,
 * with the line where the quote opened.
 *
 * @param first      the line the record starts on (1-based, as FastCSV counts: CR, LF and CRLF each end a line)
 * @param last       the line it ends on
 * @param quoteLine  the line where the quoted field that spans the most lines opens (the unclosed one, when a quote
 *                   is open at the end of the file), or -1 when no field spans lines
 * @param quoteField the index of that field, or -1
 * @param problem    why the record's lines are rejected one by one, or null when its quoting is trusted
 */
public record RecordLines(long first, long last, long quoteLine, int quoteField, String problem) {

    /**
     * The most physical lines one quoted field may span. Longer is taken for an unclosed quote: multi-line notes and
     * addresses stay well under it, and a stray quote that swallows rows is caught after a screenful at most.
     */
    public static final int MAX_FIELD_LINES = 20;

    /**
     * @param first     the record's starting line
     * @param fields    its fields as parsed
     * @param openAtEnd true when the record is the file's last and its last field's quote was never closed (see
     *                  {@link #quoteOpenAtEnd})
     */
    public static RecordLines of(long first, List<String> fields, boolean openAtEnd) {
        long breaks = 0;
        long quoteLine = -1;
        int quoteField = -1;
        int widest = 0;
        for (int i = 0; i < fields.size(); i++) {
            boolean open = openAtEnd && i == fields.size() - 1;
            int inField = lineBreaks(open ? stripTrailingBreaks(fields.get(i)) : fields.get(i));
            if (inField > 0 && inField + 1 > widest || open) {
                quoteField = i;
                quoteLine = first + breaks;
                widest = Math.max(widest, inField + 1);
            }
            breaks += inField;
        }
        long last = first + breaks;
        String problem = null;
        if (openAtEnd) {
            problem = String.format(Locale.ROOT, "unclosed quote opened on line %d runs to the end of the file%s",
                    quoteLine, span(quoteLine, last));
        } else if (widest > MAX_FIELD_LINES) {
            problem = String.format(Locale.ROOT, "a quoted field opened on line %d runs over %d lines, more than the"
                    + " %d allowed; most likely an unclosed quote%s", quoteLine, widest, MAX_FIELD_LINES,
                    span(first, last));
        }
        return new RecordLines(first, last, quoteLine, quoteField, problem);
    }

    /**
     * True when the file's last record still had a quote open at the end of the file: FastCSV then puts the rest of
     * the file, line breaks included, into its last field, and the file does not end with the closing quote.
     *
     * @param lastRecordFields the fields of the file's last record
     * @param lastVisible      the file's last character that is not blank (see {@link TextEnd})
     */
    public static boolean quoteOpenAtEnd(List<String> lastRecordFields, int lastVisible, char quote) {
        return !lastRecordFields.isEmpty() && lineBreaks(lastRecordFields.get(lastRecordFields.size() - 1)) > 0
                && lastVisible != quote;
    }

    /** How many lines the record covers. */
    public long count() {
        return last - first + 1;
    }

    /** True when a quoted field carries the record over more than one line. */
    public boolean spansLines() {
        return last > first;
    }

    /** True when each line is to be rejected on its own. */
    public boolean rejected() {
        return problem != null;
    }

    /** "3" or "3–4". */
    public String range() {
        return first == last ? Long.toString(first) : first + "–" + last;
    }

    /**
     * The record's physical lines as they were written (fields quoted where needed, an unclosed quote left open),
     * one string per line from {@link #first} to {@link #last}.
     */
    public List<String> rawLines(List<String> fields, char delimiter, char quote) {
        StringBuilder text = new StringBuilder();
        boolean openAtEnd = problem != null && quoteLine >= 0 && problem.startsWith("unclosed");
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(delimiter);
            }
            boolean open = openAtEnd && i == fields.size() - 1;
            String field = open ? stripTrailingBreaks(fields.get(i)) : fields.get(i);
            if (open) {
                text.append(quote).append(CsvRecords.escapeQuotes(field, quote));
            } else {
                CsvRecords.appendField(text, field, delimiter, quote);
            }
        }
        List<String> lines = new ArrayList<>((int) count());
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /** Line breaks in a field: CR, LF and CRLF count one each, as FastCSV counts lines. */
    static int lineBreaks(String field) {
        if (field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return 0;
        }
        int breaks = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\r' || c == '\n' && (i == 0 || field.charAt(i - 1) != '\r')) {
                breaks++;
            }
        }
        return breaks;
    }

    private static String stripTrailingBreaks(String field) {
        int end = field.length();
        while (end > 0 && (field.charAt(end - 1) == '\n' || field.charAt(end - 1) == '\r')) {
            end--;
        }
        return field.substring(0, end);
    }

    private static String span(long from, long to) {
        return from == to ? "" : " (lines " + from + "–" + to + ")";
    }
}
