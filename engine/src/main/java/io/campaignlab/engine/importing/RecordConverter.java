package io.campaignlab.engine.importing;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.importing.columns.BadValueException;
import io.campaignlab.engine.importing.columns.ValueParser;
import io.campaignlab.engine.importing.csv.CsvDialect;
import io.campaignlab.engine.importing.csv.CsvRecords;
import io.campaignlab.engine.importing.csv.RecordLines;

import java.util.ArrayList;
import java.util.List;

/** Converts one parsed record into typed values, or into the rejections that explain why it cannot load. */
final class RecordConverter {

    private final List<ColumnMeta> columns;
    private final ValueParser[] parsers;
    private final char delimiter;
    private final char quote;

    RecordConverter(List<ColumnMeta> columns, CsvDialect dialect) {
        this.columns = columns;
        this.parsers = columns.stream().map(ValueParser::forColumn).toArray(ValueParser[]::new);
        this.delimiter = dialect.delimiter();
        this.quote = dialect.quote();
    }

    /**
     * The converted row, or null when the record was rejected, in which case {@code rejections} has why.
     *
     * @param line the line the record starts on (see {@link io.campaignlab.engine.importing.csv.LineNumbers})
     */
    Object[] convert(CsvRecord record, long line, List<Rejection> rejections) {
        int width = columns.size();
        if (record.getFieldCount() != width) {
            rejections.add(new Rejection(line, null, null, raggedReason(record, line, width), raw(record)));
            return null;
        }
        Object[] row = new Object[width];
        List<Rejection> bad = null;
        for (int i = 0; i < width; i++) {
            String field = record.getField(i);
            if (ValueParser.isNull(field)) {
                continue;
            }
            try {
                row[i] = parsers[i].parse(field);
            } catch (BadValueException e) {
                if (bad == null) {
                    bad = new ArrayList<>(2);
                }
                bad.add(new Rejection(line, columns.get(i).header(), field, e.getMessage() + " (column type "
                        + columns.get(i).type().id() + ")", null));
            }
        }
        if (bad != null) {
            String raw = raw(record);
            for (Rejection r : bad) {
                rejections.add(new Rejection(r.line(), r.column(), r.rawValue(), r.reason(), raw));
            }
            return null;
        }
        return row;
    }

    /**
     * One rejection for each physical line of a record whose quoting is not trusted (see {@link RecordLines}): the
     * line as written, and why. The line where the quote opened names its column.
     */
    List<Rejection> rejectLines(CsvRecord record, RecordLines lines) {
        List<String> raw = lines.rawLines(record.getFields(), delimiter, quote);
        List<Rejection> rejected = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            long line = lines.first() + i;
            String column = line == lines.quoteLine() && lines.quoteField() < columns.size()
                    ? columns.get(lines.quoteField()).header() : null;
            rejected.add(new Rejection(line, column, raw.get(i), lines.problem(), raw.get(i)));
        }
        return rejected;
    }

    private String raggedReason(CsvRecord record, long line, int width) {
        int found = record.getFieldCount();
        for (String field : record.getFields()) {
            if (field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                long lines = field.chars().filter(c -> c == '\n').count();
                return "expected " + width + " fields but found " + found + "; a quoted field that opens on line "
                        + line + " runs over " + (lines + 1)
                        + " lines, most likely an unclosed quote";
            }
        }
        return "expected " + width + " fields but found " + found;
    }

    private String raw(CsvRecord record) {
        return CsvRecords.rawRecord(record, delimiter, quote);
    }
}
