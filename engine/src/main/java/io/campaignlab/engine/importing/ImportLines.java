package io.campaignlab.engine.importing;

/**
 * Where every physical line of an imported file went. Each line is the header, blank, the first line of a loaded
 * row, a rejected row (a line swallowed by an unclosed quote is rejected on its own), or a continuation line of a
 * quoted field that spans lines, so that {@code header + blank + rows + rejected + continuation = lines}.
 *
 * @param lines        physical lines in the file (CR, LF and CRLF each end one)
 * @param header       lines of the header record (0 without a header)
 * @param blank        empty lines, which are skipped
 * @param continuation lines after the first of a record that a quoted field carries over several lines
 */
public record ImportLines(long lines, long header, long blank, long continuation) {

    /** True when rows and rejected rows, with the other lines, add up to every line of the file. */
    public boolean accountsFor(long rows, long rejected) {
        return header + blank + rows + rejected + continuation == lines;
    }
}
