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

    /**
     * The sample values of one column; records of another width contribute nothing, and neither do records whose
     * lines will be rejected for an untrusted quote.
     */
    public List<String> columnSample(int index) {
        return sample.stream().filter(this::typed).map(r -> r.fields().get(index)).toList();
    }

    /** True when a sample record reaches the type check: it has one field per column and its quoting is trusted. */
    public boolean typed(SampleRecord record) {
        return record.fields().size() == headers.size() && !record.rejected();
    }
}
