package io.campaignlab.engine.importing;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.campaignlab.engine.importing.csv.RecordLines;

import java.util.ArrayList;
import java.util.List;

/**
 * Loads the parsed records of one import, one at a time: it skips the header, writes good rows, writes the
 * rejections of bad ones, and keeps the counts, including where every physical line of the file went.
 */
final class RecordLoader {

    private final RecordConverter converter;
    private final DatasetWriter writer;
    private final List<Rejection> rejections = new ArrayList<>();
    private boolean headerPending;
    private long rows;
    private long rejectedRows;
    private long rejectedCells;
    private long lastLine;
    private long lastRead;
    private long nextLine = 1;
    private long headerLines;
    private long blankLines;
    private long continuationLines;
    private RecordLines untrustedQuote;

    RecordLoader(RecordConverter converter, DatasetWriter writer, boolean header) {
        this.converter = converter;
        this.writer = writer;
        this.headerPending = header;
    }

    /**
     * Loads or rejects one record.
     *
     * @param line      the line it starts on (see {@link io.campaignlab.engine.importing.csv.LineNumbers})
     * @param openAtEnd true when it is the file's last record and its quote was never closed
     * @return true when rows were rejected, so the caller checks the reject limit
     */
    boolean load(CsvRecord record, long line, boolean openAtEnd) {
        RecordLines lines = RecordLines.of(line, record.getFields(), openAtEnd);
        blankLines += lines.first() - nextLine;
        nextLine = lines.last() + 1;
        lastLine = lines.first();
        if (headerPending) {
            headerPending = false;
            headerLines = lines.count();
            return false;
        }
        if (lines.rejected()) {
            if (untrustedQuote == null) {
                untrustedQuote = lines;
            }
            for (Rejection r : converter.rejectLines(record, lines)) {
                writer.reject(r);
                rejectedRows++;
                rejectedCells++;
            }
            return true;
        }
        continuationLines += lines.count() - 1;
        Object[] row = converter.convert(record, lines.first(), rejections);
        if (row != null) {
            writer.append(row);
            rows++;
            return false;
        }
        rejectedRows++;
        rejectedCells += rejections.size();
        for (Rejection r : rejections) {
            writer.reject(r);
        }
        rejections.clear();
        return true;
    }

    /**
     * Where the file's lines went.
     *
     * @param trailingLineBreaks the line breaks that end the file; all but the last end blank lines
     */
    ImportLines lines(long trailingLineBreaks) {
        long trailingBlank = Math.max(0, trailingLineBreaks - 1);
        return new ImportLines(nextLine - 1 + trailingBlank, headerLines, blankLines + trailingBlank,
                continuationLines);
    }

    long rows() {
        return rows;
    }

    long rejectedRows() {
        return rejectedRows;
    }

    long rejectedCells() {
        return rejectedCells;
    }

    /** Data records seen: rows loaded and rejected. */
    long seen() {
        return rows + rejectedRows;
    }

    /** Notes the line where the parser's latest record starts, for errors that come before it is loaded. */
    void read(long startingLine) {
        lastRead = startingLine;
    }

    /** The line after the start of the parser's latest record: where a reading error is. */
    long readingLine() {
        return lastRead + 1;
    }

    /** The first record whose quote was not trusted, so that its lines were rejected one by one, or null. */
    RecordLines untrustedQuote() {
        return untrustedQuote;
    }

    /** The line where the last record loaded starts. */
    long lastLine() {
        return lastLine;
    }
}
