package io.campaignlab.engine.importing.columns;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.importing.csv.SampleRecord;
import io.campaignlab.engine.importing.csv.SniffResult;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Tries a column type (and timestamp format) on a file's sample before anything is imported, and explains the
 * outcome in words: how many sample values fail, and the first one with its line and reason. The planner uses it
 * to refuse overrides that most values contradict; the import wizard shows it beside each column.
 */
public final class SampleCheck {

    private SampleCheck() {
    }

    /**
     * Parses every non-empty sample value of one column as the given type. Records with the wrong field count are
     * skipped: they are the reader's problem, not the type's.
     *
     * @param columnIndex the column's position in {@link SniffResult#headers()}
     * @param format      the timestamp format id (null means {@code iso}); ignored for other types
     * @throws IllegalArgumentException when {@code format} is not a known or valid timestamp format
     */
    public static Result check(SniffResult sniff, int columnIndex, ColumnType type, String format) {
        Objects.requireNonNull(type, "type");
        String usedFormat = type == ColumnType.TIMESTAMP ? format : null;
        ValueParser parser = ValueParser.forColumn(
                new ColumnMeta("c", "c", type, ColumnRole.FEATURE, usedFormat, false));
        long checked = 0;
        long bad = 0;
        SampleRecord firstBad = null;
        String reason = null;
        for (SampleRecord record : sniff.sample()) {
            if (!sniff.typed(record) || ValueParser.isNull(record.fields().get(columnIndex))) {
                continue;
            }
            checked++;
            try {
                parser.parse(record.fields().get(columnIndex));
            } catch (BadValueException e) {
                bad++;
                if (firstBad == null) {
                    firstBad = record;
                    reason = e.getMessage();
                }
            }
        }
        if (firstBad == null) {
            return new Result(checked, 0, -1, null, null, type, usedFormat);
        }
        return new Result(checked, bad, firstBad.line(), firstBad.fields().get(columnIndex), reason, type,
                usedFormat);
    }

    /**
     * How many sample records the import would reject with these column choices: records of another width, records
     * whose quote is not trusted, and records with a value that does not parse as its column's type.
     *
     * @param columns each column with its type and timestamp format, in the order of {@link SniffResult#headers()}
     * @throws IllegalArgumentException when a timestamp format is not known or not valid
     */
    public static long rejectedRecords(SniffResult sniff, List<ColumnMeta> columns) {
        ValueParser[] parsers = columns.stream().map(ValueParser::forColumn).toArray(ValueParser[]::new);
        long rejected = 0;
        for (SampleRecord record : sniff.sample()) {
            if (!sniff.typed(record) || !parses(record.fields(), parsers)) {
                rejected++;
            }
        }
        return rejected;
    }

    private static boolean parses(List<String> fields, ValueParser[] parsers) {
        for (int i = 0; i < parsers.length; i++) {
            if (!ValueParser.isNull(fields.get(i))) {
                try {
                    parsers[i].parse(fields.get(i));
                } catch (BadValueException e) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * How a type fared on a column's sample.
     *
     * @param checked       non-empty sample values tried
     * @param bad           values that did not parse
     * @param firstBadLine  the file line of the first bad value, or -1 when none failed
     * @param firstBadValue the first bad value as written, or null
     * @param reason        why it failed, naming the value (for example {@code '2024-13-01' is not a time in the
     *                      format yyyy-MM-dd}), or null
     * @param type          the type tried
     * @param format        the timestamp format tried, or null
     */
    public record Result(long checked, long bad, long firstBadLine, String firstBadValue, String reason,
                         ColumnType type, String format) {

        /** True when every checked value parsed. */
        public boolean clean() {
            return bad == 0;
        }

        /**
         * True when most checked values fail: the type or format is wrong, and importing would only produce
         * rejections. A few bad values are what rejections are for.
         */
        public boolean mostlyBad() {
            return bad > 0 && bad * 2 > checked;
        }

        /**
         * One sentence for people, such as "a timestamp column must parse as a time; 3 of 200 sample values don't
         * parse: line 17 '2024-13-01' is not a time in the format yyyy-MM-dd".
         *
         * @param header the column's name to lead with, or null where the context already names it
         */
        public String explanation(String header) {
            String article = type == ColumnType.INTEGER ? "an " : "a ";
            String subject = header == null || header.isBlank()
                    ? article + type.id() + " column must"
                    : "'" + header + "', " + article + type.id() + " column, must";
            if (clean()) {
                return String.format(Locale.ROOT, "%s parse as %s; all %,d sample values do", subject, expectation(),
                        checked);
            }
            return String.format(Locale.ROOT, "%s parse as %s; %,d of %,d sample values don't parse: line %d %s",
                    subject, expectation(), bad, checked, firstBadLine, reason);
        }

        private String expectation() {
            return switch (type) {
                case INTEGER -> "whole numbers";
                case DECIMAL -> "numbers";
                case BOOLEAN -> "true/false values";
                case TIMESTAMP -> "a time";
                case CATEGORY, TEXT -> String.format(Locale.ROOT, "text of at most %,d characters",
                        ValueParser.MAX_TEXT_LENGTH);
            };
        }
    }
}
