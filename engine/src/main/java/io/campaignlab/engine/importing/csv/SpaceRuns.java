package io.campaignlab.engine.importing.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads whitespace-aligned text ({@code   00001 19970101  1   11.77}) as single-space-delimited text: spaces and tabs
 * at the start and end of a line are dropped, and each run of them between values becomes one space. Line breaks
 * pass through, so line numbers stay those of the file. Inside a quoted field nothing changes.
 */
final class SpaceRuns extends FilterReader {

    private final char quote;
    private boolean lineStart = true;
    private boolean pendingSpace;
    private boolean quoted;
    private int lookahead = -2;

    SpaceRuns(Reader in, char quote) {
        super(in);
        this.quote = quote;
    }

    @Override
    public int read() throws IOException {
        while (true) {
            int c = lookahead != -2 ? lookahead : in.read();
            lookahead = -2;
            if (c < 0) {
                return c;
            }
            if (quoted) {
                quoted = c != quote;
                return c;
            }
            if (c == ' ' || c == '\t') {
                pendingSpace = !lineStart;
                continue;
            }
            if (c == '\n' || c == '\r') {
                pendingSpace = false;
                lineStart = true;
                return c;
            }
            if (pendingSpace) {
                pendingSpace = false;
                lookahead = c;
                return ' ';
            }
            lineStart = false;
            quoted = c == quote;
            return c;
        }
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int n = 0;
        while (n < length) {
            int c = read();
            if (c < 0) {
                return n == 0 ? -1 : n;
            }
            buffer[offset + n++] = (char) c;
        }
        return n;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
