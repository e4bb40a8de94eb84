package io.campaignlab.views.testing;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.importing.Rejection;

import java.util.List;
import java.util.function.IntFunction;

/**
 * A dataset of the fake workspace: its description, its rows (held in a list, or computed from the row index so
 * that a million rows cost nothing) and its rejections.
 *
 * @param rows       the values of row {@code i}, one per column, without the row number
 * @param rowCount   how many rows there are
 */
record FakeTable(DatasetInfo info, IntFunction<List<Object>> rows, int rowCount, List<Rejection> rejections) {

    FakeTable renamed(String to) {
        DatasetInfo i = info;
        return new FakeTable(new DatasetInfo(i.id(), to, i.kind(), i.sourceFile(), i.sha256(), i.rows(), i.rejected(),
                i.createdAt(), i.columns()), rows, rowCount, rejections);
    }
}
