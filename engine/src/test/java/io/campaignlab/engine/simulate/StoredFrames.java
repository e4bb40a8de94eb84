package io.campaignlab.engine.simulate;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Turns a dataset the simulator wrote into a {@link Frame}, as the workspace's frame reader would load it. */
final class StoredFrames {

    private StoredFrames() {
    }

    /** The given columns of every row; {@code _row} ids are 1, 2, … in write order. */
    static Frame of(InMemoryDatasetSink.Stored dataset, List<String> columns) {
        List<Object[]> rows = dataset.rows();
        int n = rows.size();
        List<FrameColumn> out = new ArrayList<>();
        for (String name : columns) {
            int at = dataset.index(name);
            ColumnMeta meta = dataset.draft().columns().get(at);
            out.add(switch (meta.type()) {
                case INTEGER, DECIMAL, BOOLEAN -> {
                    double[] values = new double[n];
                    for (int i = 0; i < n; i++) {
                        values[i] = ((Number) rows.get(i)[at]).doubleValue();
                    }
                    yield new FrameColumn.Numbers(name, values);
                }
                case TIMESTAMP -> {
                    long[] values = new long[n];
                    for (int i = 0; i < n; i++) {
                        values[i] = millis((LocalDateTime) rows.get(i)[at]);
                    }
                    yield new FrameColumn.Times(name, values);
                }
                case CATEGORY, TEXT -> {
                    String[] values = new String[n];
                    for (int i = 0; i < n; i++) {
                        values[i] = (String) rows.get(i)[at];
                    }
                    yield new FrameColumn.Texts(name, values);
                }
            });
        }
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i + 1L;
        }
        return Frame.of(dataset.name(), ids, out);
    }

    /** A local time as the frames store it: epoch millis of the same wall-clock time in UTC. */
    static long millis(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC) * 1000;
    }
}
