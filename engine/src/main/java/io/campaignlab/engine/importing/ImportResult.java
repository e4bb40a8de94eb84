package io.campaignlab.engine.importing;

import io.campaignlab.engine.datasets.DatasetInfo;

/**
 * The outcome of an import.
 *
 * @param dataset       the dataset now in the workspace
 * @param rows          rows loaded
 * @param rejected      rows rejected (each listed in the rejections with its line, column and reason)
 * @param rejectedCells bad values; a row can have several
 * @param sha256        the source file's hash
 * @param seconds       wall time
 * @param plan          how the file was read
 * @param lines         where every line of the file went: header, blank, rows, rejected or continuation lines
 */
public record ImportResult(DatasetInfo dataset, long rows, long rejected, long rejectedCells, String sha256,
                           double seconds, ImportPlan plan, ImportLines lines) {
}
