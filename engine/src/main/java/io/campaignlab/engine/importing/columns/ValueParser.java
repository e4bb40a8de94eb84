package io.campaignlab.engine.importing.columns;

import io.campaignlab.engine.datasets.ColumnMeta;

import java.util.Locale;

/**
 * Turns one raw text value into a typed Java value: {@code Long}, {@code Double}, {@code Boolean},
 * {@code LocalDateTime} or {@code String}. An empty value is null.
 */
@FunctionalInterface
public interface ValueParser {

    /** The longest category or text value a dataset table stores. */
    int MAX_TEXT_LENGTH = 1_000_000;

    Object parse(String raw) throws BadValueException;

    static ValueParser forColumn(ColumnMeta column) {
        return switch (column.type()) {
            case INTEGER -> ValueParser::parseInteger;
            case DECIMAL -> ValueParser::parseDecimal;
            case BOOLEAN -> ValueParser::parseBoolean;
            case TIMESTAMP -> {
                TimestampFormat format = TimestampFormat.byId(column.format() == null ? "iso" : column.format())
                        .orElseThrow(() -> new IllegalArgumentException("unknown timestamp format '" + column.format()
                                + "' for column '" + column.header() + "'"));
                yield raw -> format.parse(raw);
            }
            case CATEGORY, TEXT -> ValueParser::parseText;
        };
    }

    static boolean isNull(String raw) {
        if (raw.isEmpty()) {
            return true;
        }
        for (int i = 0; i < raw.length(); i++) {
            if (!Character.isWhitespace(raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Integers, also when written as an integral float such as {@code 1382.0}. */
    static Long parseInteger(String raw) throws BadValueException {
        String value = raw.trim();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            if (looksNumeric(value)) {
                try {
                    double d = Double.parseDouble(value);
                    if (d == Math.rint(d) && Math.abs(d) < 9.007199254740992E15) {
                        return (long) d;
                    }
                    throw new BadValueException("expected an integer but found " + TimestampFormat.abbreviate(value));
                } catch (NumberFormatException ignored) {
                    // fall through
                }
            }
            throw new BadValueException("'" + TimestampFormat.abbreviate(value) + "' is not an integer");
        }
    }

    static Double parseDecimal(String raw) throws BadValueException {
        String value = raw.trim();
        if (!looksNumeric(value)) {
            throw new BadValueException("'" + TimestampFormat.abbreviate(value) + "' is not a number");
        }
        try {
            double d = Double.parseDouble(value);
            if (Double.isInfinite(d)) {
                throw new BadValueException("'" + TimestampFormat.abbreviate(value) + "' is too large for a decimal");
            }
            return d;
        } catch (NumberFormatException e) {
            throw new BadValueException("'" + TimestampFormat.abbreviate(value) + "' is not a number");
        }
    }

    static Boolean parseBoolean(String raw) throws BadValueException {
        Boolean value = booleanToken(raw.trim());
        if (value == null) {
            throw new BadValueException("'" + TimestampFormat.abbreviate(raw.trim())
                    + "' is not a boolean (true/false, yes/no, t/f, y/n)");
        }
        return value;
    }

    static String parseText(String raw) throws BadValueException {
        if (raw.length() > MAX_TEXT_LENGTH) {
            throw new BadValueException("the value is " + raw.length() + " characters long; the limit is "
                    + MAX_TEXT_LENGTH);
        }
        return raw;
    }

    static Boolean booleanToken(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "t", "yes", "y" -> Boolean.TRUE;
            case "false", "f", "no", "n" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Plain decimal notation: sign, digits, one point, an exponent. Rejects NaN, Infinity, hex and suffixes. */
    static boolean looksNumeric(String value) {
        int n = value.length();
        if (n == 0) {
            return false;
        }
        int i = 0;
        if (value.charAt(0) == '-' || value.charAt(0) == '+') {
            i++;
        }
        boolean digits = false;
        boolean point = false;
        for (; i < n; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !point) {
                point = true;
            } else if ((c == 'e' || c == 'E') && digits && i + 1 < n) {
                int j = i + 1;
                if (value.charAt(j) == '-' || value.charAt(j) == '+') {
                    j++;
                }
                if (j >= n) {
                    return false;
                }
                for (; j < n; j++) {
                    if (value.charAt(j) < '0' || value.charAt(j) > '9') {
                        return false;
                    }
                }
                return true;
            } else {
                return false;
            }
        }
        return digits;
    }
}
