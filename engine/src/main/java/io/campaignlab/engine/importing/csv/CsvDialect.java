package io.campaignlab.engine.importing.csv;

import java.nio.charset.Charset;

/**
 * How a delimited text file is written.
 *
 * @param delimiter the field separator: comma, tab, semicolon or pipe, or {@link #WHITESPACE} for runs of spaces
 * @param quote     the quote character (RFC 4180 doubling escapes it)
 * @param charset   UTF-8, ISO-8859-1 (Latin-1) or UTF-16
 * @param header    whether the first record names the columns
 * @param gzip      whether the file is gzip-compressed
 */
public record CsvDialect(char delimiter, char quote, Charset charset, boolean header, boolean gzip) {

    /** The delimiter of whitespace-aligned text: a run of spaces and tabs separates values. */
    public static final char WHITESPACE = ' ';

    public String delimiterName() {
        return switch (delimiter) {
            case WHITESPACE -> "whitespace";
            case ',' -> "comma";
            case '\t' -> "tab";
            case ';' -> "semicolon";
            case '|' -> "pipe";
            default -> "'" + delimiter + "'";
        };
    }

    public CsvDialect withHeader(boolean newHeader) {
        return new CsvDialect(delimiter, quote, charset, newHeader, gzip);
    }
}
