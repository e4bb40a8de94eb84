package io.campaignlab.engine.importing.csv;

import java.util.List;

/**
 * One parsed record of a file's sample, with the physical lines it covers: a quoted field may carry it over several
 * lines, and a record whose quote is not trusted (see {@link RecordLines}) will be rejected line by line.
 */
public record SampleRecord(RecordLines lines, List<String> fields) {

    public SampleRecord {
        fields = List.copyOf(fields);
    }

    /** A record whose quoting is trusted. */
    public SampleRecord(long line, List<String> fields) {
        this(RecordLines.of(line, fields, false), fields);
    }

    /** The line where the record starts. */
    public long line() {
        return lines.first();
    }

    /** True when the import will reject the record's lines instead of loading it. */
    public boolean rejected() {
        return lines.rejected();
    }
}
