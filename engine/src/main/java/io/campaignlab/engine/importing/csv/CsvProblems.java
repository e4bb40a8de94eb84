package io.campaignlab.engine.importing.csv;

import de.siegmar.fastcsv.reader.CsvParseException;

/** Turns the CSV parser's failures into sentences for people. */
public final class CsvProblems {

    private CsvProblems() {
    }

    public static String describe(CsvParseException e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        if (message.contains("Maximum number of fields")) {
            return "a record has more fields than the parser's limit of 16,384 (is the delimiter right?); nothing was"
                    + " imported";
        }
        if (message.contains("maximum buffer size") || message.contains("record size")) {
            return "a field or line is longer than the parser's limit of 16 MiB (often an unclosed quote, or a file"
                    + " that is not line-based); nothing was imported";
        }
        return "the text cannot be parsed as delimited records: " + message;
    }
}
