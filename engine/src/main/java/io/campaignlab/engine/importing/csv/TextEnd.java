package io.campaignlab.engine.importing.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that remembers how the text it passed on ends: its last character that is not blank, and how many line
 * breaks follow it. That tells a quote left open at the end of the file from one that was closed, and counts the
 * blank lines FastCSV skips at the end. It looks only at the end of each chunk read, so it costs next to nothing.
 */
public final class TextEnd extends FilterReader {

    private int lastVisible = -1;
    private long trailingBreaks;
    private int lastChar = -1;

    public TextEnd(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            observe(new char[] {(char) c}, 0, 1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            observe(buffer, offset, n);
        }
        return n;
    }

    /** The last character read that is not a space, tab or line break, or -1 when there was none. */
    public int lastVisible() {
        return lastVisible;
    }

    /** How many line breaks (CR, LF or CRLF) end the text read so far. */
    public long trailingLineBreaks() {
        return trailingBreaks;
    }

    private void observe(char[] buffer, int offset, int n) {
        int end = offset + n;
        int runStart = end;
        while (runStart > offset && isBreak(buffer[runStart - 1])) {
            runStart--;
        }
        long breaks = 0;
        for (int i = runStart; i < end; i++) {
            int previous = i > offset ? buffer[i - 1] : lastChar;
            if (buffer[i] == '\r' || previous != '\r') {
                breaks++;
            }
        }
        trailingBreaks = runStart == offset ? trailingBreaks + breaks : breaks;
        for (int i = runStart - 1; i >= offset; i--) {
            char c = buffer[i];
            if (c != ' ' && c != '\t' && !isBreak(c)) {
                lastVisible = c;
                break;
            }
        }
        lastChar = buffer[end - 1];
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
