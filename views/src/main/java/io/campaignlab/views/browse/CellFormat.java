package io.campaignlab.views.browse;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How a browsed value is written in a cell: numbers plainly, timestamps as ISO with a space, null as nothing. */
public final class CellFormat {

    /** What a cell shows while its page is on its way. */
    public static final String LOADING = "…";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private CellFormat() {
    }

    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDateTime time) {
            return (time.getNano() == 0 ? TIMESTAMP : MILLIS).format(time);
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : d.toString();
        }
        if (value instanceof Float f) {
            return format(f.doubleValue());
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
