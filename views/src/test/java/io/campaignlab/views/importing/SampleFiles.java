package io.campaignlab.views.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small CSV files for the import tests. */
final class SampleFiles {

    /** Data records in {@link #events}. */
    static final int EVENT_ROWS = 12;

    private SampleFiles() {
    }

    /**
     * {@code events.csv}: user, event, time, amount and a day written as {@code yyyyMMdd}; twelve records on lines
     * 2 to 13. With {@code fractionOnLine7} the amount on line 7 is 3.5 instead of a whole number.
     */
    static Path events(Path dir, boolean fractionOnLine7) throws IOException {
        StringBuilder csv = new StringBuilder("user_id,event,ts,amount,day\n");
        for (int i = 0; i < EVENT_ROWS; i++) {
            int line = i + 2;
            String amount = fractionOnLine7 && line == 7 ? "3.5" : String.valueOf(3 + i);
            csv.append(String.format("u%d,%s,2024-01-%02d 10:%02d:00,%s,202401%02d\n", 1 + i % 4,
                    i % 3 == 0 ? "click" : "view", 1 + i, 5 * i, amount, 1 + i));
        }
        Path file = dir.resolve("events.csv");
        Files.writeString(file, csv);
        return file;
    }
}
