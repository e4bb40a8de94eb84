package io.campaignlab.views.importing;

import io.campaignlab.engine.importing.ImportLines;
import io.campaignlab.engine.importing.ImportResult;
import io.campaignlab.views.common.Formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the wizard's last step reports about a finished import.
 *
 * @param dataset  the new dataset's name
 * @param rows     rows loaded
 * @param rejected rows rejected
 * @param seconds  how long the import took
 * @param lines    where every line of the file went
 */
public record ImportSummary(String dataset, long rows, long rejected, double seconds, ImportLines lines) {

    static ImportSummary of(ImportResult result) {
        return new ImportSummary(result.dataset().name(), result.rows(), result.rejected(), result.seconds(),
                result.lines());
    }

    /** "1,204 rows loaded, 3 rows rejected, 0.4 seconds". */
    public String text() {
        String time = seconds < 0.05 ? "under 0.1 seconds" : String.format(Locale.ROOT, "%.1f seconds", seconds);
        return String.format(Locale.ROOT, "%s loaded, %s rejected, %s", count(rows, "row"), count(rejected, "row"),
                time);
    }

    /**
     * Where the file's lines went, so that none goes unaccounted: "All 6 lines of the file: 1 header line, 3 rows
     * loaded, 1 row rejected, 1 continuation line of a quoted field that spans lines".
     */
    public String linesText() {
        List<String> parts = new ArrayList<>();
        if (lines.header() > 0) {
            parts.add(count(lines.header(), "header line"));
        }
        parts.add(count(rows, "row") + " loaded");
        parts.add(count(rejected, "row") + " rejected");
        if (lines.continuation() > 0) {
            parts.add(count(lines.continuation(), "continuation line") + " of quoted fields that span lines");
        }
        if (lines.blank() > 0) {
            parts.add(count(lines.blank(), "blank line"));
        }
        String all = lines.lines() == 1 ? "The file's one line: " : "All " + Formats.count(lines.lines())
                + " lines of the file: ";
        return all + String.join(", ", parts);
    }

    private static String count(long n, String noun) {
        return Formats.count(n) + " " + noun + (n == 1 ? "" : "s");
    }
}
