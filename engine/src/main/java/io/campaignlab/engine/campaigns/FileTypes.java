package io.campaignlab.engine.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** The words campaign-file messages use for a field's type and a value found in it. */
final class FileTypes {

    private FileTypes() {
    }

    static String describe(Class<?> type) {
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "a number";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "text in quotes";
        }
        if (type == LocalDate.class) {
            return "a day written YYYY-MM-DD";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [ … ]";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(e -> Choices.id((Enum<?>) e))
                    .collect(Collectors.joining(", "));
        }
        return "an object { … }";
    }

    static String quote(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    /** A number as people write it: 95, 0.5, not 95.0. */
    static String number(Double value) {
        if (value == null) {
            return "null";
        }
        if (!Double.isFinite(value)) {
            return value.toString();
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
