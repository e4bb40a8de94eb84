package io.campaignlab.views.rejections;

import io.campaignlab.engine.importing.Rejection;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Rejections as RFC 4180 CSV: a header, CRLF line ends, and fields that hold a comma, quote or line break
 * enclosed in quotes with inner quotes doubled. A row problem has an empty column.
 */
public final class RejectionsCsv {

    static final String HEADER = "line,column,raw_value,reason,raw_record";
    private static final String EOL = "\r\n";

    private RejectionsCsv() {
    }

    public static void write(List<Rejection> rejections, Writer out) throws IOException {
        out.write(HEADER);
        out.write(EOL);
        for (Rejection r : rejections) {
            out.write(Long.toString(r.line()));
            for (String field : new String[]{r.column(), r.rawValue(), r.reason(), r.rawRecord()}) {
                out.write(',');
                out.write(quote(field));
            }
            out.write(EOL);
        }
    }

    /** A field as CSV: as is, or in quotes when it holds a comma, a quote or a line break. Null is empty. */
    static String quote(String field) {
        if (field == null) {
            return "";
        }
        boolean plain = field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }
}
