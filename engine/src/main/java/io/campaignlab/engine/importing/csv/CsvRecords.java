package io.campaignlab.engine.importing.csv;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.campaignlab.engine.importing.Rejection;

import java.io.Reader;

/** The one place that configures FastCSV, so the sniffer, the sample and the import parse alike. */
public final class CsvRecords {

    private CsvRecords() {
    }

    /**
     * A reader of {@code reader}'s records. The text reaches FastCSV through {@link RecordTerminators}, so that a lone
     * CR inside a quoted field does not make it drop the record.
     */
    public static CsvReader<CsvRecord> reader(Reader reader, char delimiter, char quote) {
        Reader text = delimiter == CsvDialect.WHITESPACE ? new SpaceRuns(reader, quote) : reader;
        return CsvReader.builder()
                .fieldSeparator(delimiter)
                .quoteCharacter(quote)
                .commentStrategy(CommentStrategy.NONE)
                .skipEmptyLines(true)
                .ignoreDifferentFieldCount(true)
                .acceptCharsAfterQuotes(true)
                .detectBomHeader(false)
                .ofCsvRecord(new RecordTerminators(text, delimiter, quote));
    }

    /** The record as it would be written back: fields joined, quoted where needed. */
    public static String rawRecord(CsvRecord record, char delimiter, char quote) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < record.getFieldCount(); i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            appendField(sb, record.getField(i), delimiter, quote);
            if (sb.length() > Rejection.MAX_RAW) {
                break;
            }
        }
        return sb.toString();
    }

    /** Appends one field as it would be written: quoted (with quotes doubled) when it needs quotes. */
    static void appendField(StringBuilder sb, String field, char delimiter, char quote) {
        boolean needsQuotes = field.indexOf(delimiter) >= 0 || field.indexOf(quote) >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
        if (needsQuotes) {
            sb.append(quote).append(escapeQuotes(field, quote)).append(quote);
        } else {
            sb.append(field);
        }
    }

    static String escapeQuotes(String field, char quote) {
        return field.replace(String.valueOf(quote), String.valueOf(quote) + quote);
    }
}
