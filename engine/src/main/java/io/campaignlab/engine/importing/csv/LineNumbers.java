package io.campaignlab.engine.importing.csv;

import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * The line each record of one file starts on, counted as {@link RecordLines} counts: CR, LF and CRLF each end one
 * line. FastCSV 3.4.0 keeps its "last character was CR" flag inside a quoted field until the next LF, whatever comes
 * between, so in {@code "a\rb\nc"} it takes the LF for the second half of a CRLF and counts one line break, not two;
 * every record after it then starts one line low. This adds back the breaks it missed in the records before. Ask for
 * every record of the file, in order.
 */
public final class LineNumbers {

    private long missed;

    /** The line {@code record} starts on; call once per record, in the parser's order. */
    public long start(CsvRecord record) {
        long start = record.getStartingLineNumber() + missed;
        for (String field : record.getFields()) {
            missed += RecordLines.lineBreaks(field) - parserBreaks(field);
        }
        return start;
    }

    /**
     * The line breaks FastCSV 3.4.0 counts in a field: a CR counts and sets the flag; an LF counts only without the
     * flag, and clears it; other characters leave it (a field separator clears it, so it never crosses fields).
     */
    static int parserBreaks(String field) {
        if (field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return 0;
        }
        int breaks = 0;
        boolean afterCr = false;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\r') {
                breaks++;
                afterCr = true;
            } else if (c == '\n') {
                if (!afterCr) {
                    breaks++;
                }
                afterCr = false;
            }
        }
        return breaks;
    }
}
