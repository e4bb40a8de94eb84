package io.campaignlab.engine.importing.columns;

import io.campaignlab.engine.datasets.ColumnType;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Infers a column's type from sample values. A type is chosen when every non-empty sample value parses as it, or all
 * but a few ({@link #fewBad}) that are then rejected and listed; the narrowest such type wins. Among numbers, a value
 * that holds a digit ({@code C536379}) is taken as a code, not a slip, and keeps the column text.
 */
public final class TypeInference {

    /** Values with a point count as integers only if the sample is at least this large and all are integral. */
    static final int MIN_SAMPLE_FOR_FLOAT_INTEGERS = 50;
    /** Up to this many distinct values (or half the sample) a string column is a category; beyond it, text. */
    static final int CATEGORY_MAX_DISTINCT = 1000;
    static final int CATEGORY_MAX_AVG_LENGTH = 64;

    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("time", "timestamp", "date", "datetime",
            "epoch", "ts", "when");

    private TypeInference() {
    }

    public static InferredType infer(String header, List<String> sample) {
        List<String> values = sample.stream().filter(v -> !ValueParser.isNull(v)).map(String::trim).toList();
        if (values.isEmpty()) {
            return new InferredType(ColumnType.TEXT, null, "every sample value is empty");
        }
        if (values.stream().allMatch(v -> ValueParser.booleanToken(v) != null)) {
            return new InferredType(ColumnType.BOOLEAN, null, "all sample values are yes/no tokens");
        }
        List<String> notNumbers = values.stream().filter(v -> !ValueParser.looksNumeric(v)).toList();
        if (notNumbers.isEmpty()) {
            return inferNumeric(header, values);
        }
        if (fewBad(notNumbers.size(), values.size()) && notNumbers.stream().noneMatch(TypeInference::hasDigit)) {
            List<String> numbers = values.stream().filter(ValueParser::looksNumeric).toList();
            InferredType numeric = inferNumeric(header, numbers);
            return new InferredType(numeric.type(), numeric.format(), fewBadEvidence(numeric.evidence(), notNumbers,
                    values.size(), "numbers"));
        }
        for (TimestampFormat format : TimestampFormat.textFormats()) {
            List<String> bad = failures(format, values);
            if (bad.isEmpty()) {
                return new InferredType(ColumnType.TIMESTAMP, format.id(), "all sample values are times as " + format.describe());
            }
            if (fewBad(bad.size(), values.size())) {
                return new InferredType(ColumnType.TIMESTAMP, format.id(), fewBadEvidence("times as "
                        + format.describe(), bad, values.size(), "times"));
            }
        }
        Set<String> distinct = new HashSet<>();
        long totalLength = 0;
        for (String v : values) {
            distinct.add(v);
            totalLength += v.length();
        }
        double avgLength = (double) totalLength / values.size();
        boolean fewDistinct = distinct.size() <= CATEGORY_MAX_DISTINCT
                && (distinct.size() <= 20 || distinct.size() <= values.size() / 2);
        if (fewDistinct && avgLength <= CATEGORY_MAX_AVG_LENGTH) {
            return new InferredType(ColumnType.CATEGORY, null, distinct.size() + " distinct values in the sample");
        }
        if (avgLength <= 24 && looksLikeIdentifier(header)) {
            return new InferredType(ColumnType.CATEGORY, null, "an identifier column");
        }
        return new InferredType(ColumnType.TEXT, null, distinct.size() + " distinct values, average length "
                + Math.round(avgLength));
    }

    private static InferredType inferNumeric(String header, List<String> values) {
        boolean anyPoint = false;
        boolean allIntegral = true;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (String v : values) {
            boolean point = v.indexOf('.') >= 0 || v.indexOf('e') >= 0 || v.indexOf('E') >= 0;
            anyPoint |= point;
            double d = Double.parseDouble(v);
            min = Math.min(min, d);
            max = Math.max(max, d);
            if (d != Math.rint(d) || Math.abs(d) >= 9.007199254740992E15) {
                allIntegral = false;
            }
        }
        if (timeLikeName(header)) {
            InferredType digits = allIntegral ? DigitDates.infer(values) : null;
            if (digits != null) {
                return digits;
            }
            if (TimestampFormat.plausibleEpochSeconds(min) && TimestampFormat.plausibleEpochSeconds(max)) {
                return new InferredType(ColumnType.TIMESTAMP, TimestampFormat.UNIX_SECONDS,
                        "a time-like name with values in the Unix-seconds range");
            }
            if (allIntegral && TimestampFormat.plausibleEpochSeconds(min / 1000)
                    && TimestampFormat.plausibleEpochSeconds(max / 1000)) {
                return new InferredType(ColumnType.TIMESTAMP, TimestampFormat.UNIX_MILLIS,
                        "a time-like name with values in the Unix-milliseconds range");
            }
        }
        if (allIntegral && (!anyPoint || values.size() >= MIN_SAMPLE_FOR_FLOAT_INTEGERS)) {
            return new InferredType(ColumnType.INTEGER, null, anyPoint
                    ? "all sample values are whole numbers (some written as floats)" : "all sample values are whole numbers");
        }
        return new InferredType(ColumnType.DECIMAL, null, "all sample values are numbers");
    }

    /** A name whose words include time, date, ts… ({@code InvoiceDate}, {@code event_time}) or end in "at". */
    static boolean timeLikeName(String header) {
        String[] words = ColumnNames.sanitize(header, 1).split("_");
        for (String word : words) {
            if (TIME_WORDS.contains(word)) {
                return true;
            }
        }
        return words.length > 1 && words[words.length - 1].equals("at");
    }

    /**
     * True when {@code bad} of {@code checked} sample values are few enough to be rejected row by row rather than
     * decide the column's type: at most 1% of the sample (at least one value), with at least 3 good values. The share
     * stays within the import's default reject limit ({@code RejectLimit}: 1%, with a floor of 100 rows and a
     * ceiling of half the rows) on the same sample, so the wizard's preview and the import agree on it.
     */
    public static boolean fewBad(long bad, long checked) {
        return bad > 0 && checked - bad >= 3 && bad <= Math.max(1, checked / 100);
    }

    /**
     * A value with a digit among numbers is a code ({@code C536379}, a cancelled invoice; {@code 85123A}), not a slip:
     * such a column stays text, so that no row is lost for it.
     */
    private static boolean hasDigit(String value) {
        return value.chars().anyMatch(Character::isDigit);
    }

    static String fewBadEvidence(String what, List<String> bad, int checked, String noun) {
        String first = bad.get(0);
        String shown = first.length() <= 24 ? first : first.substring(0, 21) + "...";
        String body = what.startsWith("all sample values are ") ? what.substring("all sample values are ".length())
                : what;
        String values = bad.size() == 1 ? "1 value that is not " + (noun.equals("times") ? "a time" : "a number")
                : String.format(Locale.ROOT, "%,d values that are not %s", bad.size(), noun);
        return String.format(Locale.ROOT, "%s in %,d of %,d sample values; %s ('%s' first) will be rejected and listed",
                body, checked - bad.size(), checked, values, shown);
    }

    private static List<String> failures(TimestampFormat format, List<String> values) {
        List<String> bad = new java.util.ArrayList<>();
        for (String v : values) {
            try {
                format.parse(v);
            } catch (BadValueException e) {
                bad.add(v);
                if (bad.size() > Math.max(1, values.size() / 100)) {
                    break;
                }
            }
        }
        return bad;
    }

    private static boolean looksLikeIdentifier(String header) {
        String h = header.toLowerCase(Locale.ROOT);
        return h.endsWith("id") || h.endsWith("_id") || h.endsWith("code") || h.endsWith("no") || h.endsWith("key");
    }
}
