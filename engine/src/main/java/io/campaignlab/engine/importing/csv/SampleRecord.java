package io.campaignlab.engine.importing.csv;

import java.util.List;

/** One parsed record of a file's sample, with the line where it starts. */
public record SampleRecord(long line, List<String> fields) {

    public SampleRecord {
        fields = List.copyOf(fields);
    }
}
