package io.campaignlab.engine.importing.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that hands FastCSV every line break outside quoted fields as CRLF, and the text inside them untouched.
 * FastCSV 3.4.0 remembers a lone CR inside a quoted field past the closing quote, takes the LF that ends the record
 * for the second half of a CRLF, and drops the record (fixed upstream in 4.3.0, commit a6d3de5); after a CR it
 * sees no such LF. Values stay as written, and lines count as before: CR, LF and CRLF each end one line.
 * <p>
 * It follows the quoting as FastCSV does: a quote opens a quoted field only at the start of a field, and after the
 * closing quote of a field another quote opens it again (an escaped quote, or characters after the quote).
 */
final class RecordTerminators extends Reader {

    private final Reader in;
    private final char delimiter;
    private final char quote;
    private final char[] source = new char[8192];
    private int position;
    private int limit;
    private boolean lineFeedOwed;
    private boolean afterCarriageReturn;
    private boolean quoted;
    private boolean quotedField;
    private boolean fieldStart = true;

    RecordTerminators(Reader in, char delimiter, char quote) {
        this.in = in;
        this.delimiter = delimiter;
        this.quote = quote;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = 0;
        while (n < length) {
            if (lineFeedOwed) {
                buffer[offset + n++] = '\n';
                lineFeedOwed = false;
            } else if (position < limit) {
                char c = source[position++];
                if (quoted || c != '\r' && c != '\n') {
                    buffer[offset + n++] = c;
                    follow(c);
                } else if (c == '\n' && afterCarriageReturn) {
                    afterCarriageReturn = false;
                } else {
                    buffer[offset + n++] = '\r';
                    lineFeedOwed = true;
                    afterCarriageReturn = c == '\r';
                    fieldStart = true;
                    quotedField = false;
                }
            } else if (n > 0 || !fill()) {
                break;
            }
        }
        return n == 0 && length > 0 ? -1 : n;
    }

    /** Tracks the quoting of a character that is passed on as it is. */
    private void follow(char c) {
        afterCarriageReturn = false;
        if (quoted) {
            quoted = c != quote;
        } else if (c == delimiter) {
            fieldStart = true;
            quotedField = false;
        } else if (c == quote && (fieldStart || quotedField)) {
            quoted = true;
            quotedField = true;
            fieldStart = false;
        } else {
            fieldStart = false;
        }
    }

    private boolean fill() throws IOException {
        int read = in.read(source, 0, source.length);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
