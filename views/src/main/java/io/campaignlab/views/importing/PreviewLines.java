package io.campaignlab.views.importing;

import io.campaignlab.engine.importing.csv.SampleRecord;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Says under the preview which of its records a quoted field carries over several lines, and which will be rejected
 * line by line because their quote cannot be trusted, so that neither goes unnoticed.
 */
final class PreviewLines {

    private static final int RANGES_SHOWN = 3;

    private PreviewLines() {
    }

    /** One or two sentences, or an empty string when every record is on a line of its own. */
    static String describe(List<SampleRecord> records) {
        List<SampleRecord> rejected = records.stream().filter(SampleRecord::rejected).toList();
        List<SampleRecord> spanning = records.stream().filter(r -> !r.rejected() && r.lines().spansLines())
                .toList();
        StringBuilder text = new StringBuilder();
        if (!rejected.isEmpty()) {
            text.append("Rejected line by line: ").append(rejected.get(0).lines().problem());
            if (rejected.size() > 1) {
                text.append(", and ").append(rejected.size() - 1).append(" more");
            }
            text.append('.');
        }
        if (!spanning.isEmpty()) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            if (spanning.size() == 1) {
                SampleRecord only = spanning.get(0);
                text.append("Lines ").append(only.lines().range()).append(" are one row: a quoted field spans ")
                        .append(only.lines().count()).append(" lines.");
            } else {
                text.append(spanning.size()).append(" rows span several lines, because a quoted field holds line"
                        + " breaks: lines ").append(ranges(spanning)).append('.');
            }
        }
        return text.toString();
    }

    /** "3" for a record on one line, "3–4" for one over several, marked when its lines will be rejected. */
    static String lineLabel(SampleRecord record) {
        return record.rejected() ? record.lines().range() + " ✗" : record.lines().range();
    }

    private static String ranges(List<SampleRecord> records) {
        String shown = records.stream().limit(RANGES_SHOWN).map(r -> r.lines().range())
                .collect(Collectors.joining(", "));
        return records.size() > RANGES_SHOWN ? shown + " and " + (records.size() - RANGES_SHOWN) + " more" : shown;
    }
}
