package io.campaignlab.engine.importing.csv;

import java.util.List;

/**
 * What the sniffer found out about a file.
 *
 * @param source  the file with its compression and charset
 * @param dialect delimiter, quoting, charset and header
 * @param headers the column names from the header, or {@code col_1..col_n}
 * @param sample  the first data records (after the header)
 */
public record SniffResult(SourceFile source, CsvDialect dialect, List<String> headers, List<SampleRecord> sample) {

    public SniffResult {
        headers = List.copyOf(headers);
        sample = List.copyOf(sample);
    }

    /** The sample values of one column; records too short for it contribute nothing. */
    public List<String> columnSample(int index) {
        return sample.stream().filter(r -> r.fields().size() == headers.size()).map(r -> r.fields().get(index)).toList();
    }
}
