package io.campaignlab.engine.importing;

import de.siegmar.fastcsv.reader.CsvParseException;

/** Turns the CSV parser's failures into sentences for people. */
final class CsvProblems {

    private CsvProblems() {
    }

    static String describe(CsvParseException e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        if (message.contains("maximum buffer size") || message.contains("exceed")) {
            return "a field or line is longer than the parser's limit of 16 MiB (often an unclosed quote, or a file"
                    + " that is not line-based); nothing was imported";
        }
        return "the text cannot be parsed as delimited records: " + message;
    }
}
