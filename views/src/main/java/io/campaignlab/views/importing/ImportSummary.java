package io.campaignlab.views.importing;

import io.campaignlab.engine.importing.ImportResult;
import io.campaignlab.views.common.Formats;

import java.util.Locale;

/**
 * What the wizard's last step reports about a finished import.
 *
 * @param dataset  the new dataset's name
 * @param rows     rows loaded
 * @param rejected rows rejected
 * @param seconds  how long the import took
 */
public record ImportSummary(String dataset, long rows, long rejected, double seconds) {

    static ImportSummary of(ImportResult result) {
        return new ImportSummary(result.dataset().name(), result.rows(), result.rejected(), result.seconds());
    }

    /** "1,204 rows loaded, 3 rows rejected, 0.4 seconds". */
    public String text() {
        String time = seconds < 0.05 ? "under 0.1 seconds" : String.format(Locale.ROOT, "%.1f seconds", seconds);
        return String.format(Locale.ROOT, "%s %s loaded, %s %s rejected, %s", Formats.count(rows),
                rows == 1 ? "row" : "rows", Formats.count(rejected), rejected == 1 ? "row" : "rows", time);
    }
}
