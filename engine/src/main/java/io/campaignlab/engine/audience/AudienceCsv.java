package io.campaignlab.engine.audience;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Writes an audience as CSV (RFC 4180): a header, then one user a line. Ids are written as stored, except that a
 * cell a spreadsheet would run as a formula (one starting with {@code = + - @}, a tab or a carriage return, and not a
 * plain number) gets a leading apostrophe, as OWASP advises against CSV injection. Values are plain decimals.
 */
public final class AudienceCsv {

    /** The id column's header. */
    public static final String USER_COLUMN = "user_id";

    private AudienceCsv() {
    }

    public static void write(AudienceList audience, Writer out) throws IOException {
        boolean values = audience.valueColumn() != null;
        out.write(USER_COLUMN + (values ? "," + audience.valueColumn() : "") + "\r\n");
        for (AudienceMember m : audience.members()) {
            out.write(cell(m.user()));
            if (values) {
                out.write(',');
                out.write(number(m.value()));
            }
            out.write("\r\n");
        }
    }

    /** Six significant digits as a plain decimal (no exponent), empty when missing. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** One text cell: neutralised against formula injection, then quoted when it holds a comma, quote or newline. */
    public static String cell(String text) {
        String t = text == null ? "" : text;
        if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0 && !t.matches("[-+]?\\d+(\\.\\d+)?")) {
            t = "'" + t;
        }
        if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
            t = '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }
}
