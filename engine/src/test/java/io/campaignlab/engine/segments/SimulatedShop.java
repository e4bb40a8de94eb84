package io.campaignlab.engine.segments;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import io.campaignlab.engine.simulate.SimulatedRows;
import io.campaignlab.engine.simulate.SimulationSpec;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulator's {@code events} dataset (the demo workspace's, for the same users, days and seed) as a frame,
 * straight from the job: no workspace, no files.
 */
public final class SimulatedShop {

    private SimulatedShop() {
    }

    public static Frame events(int users, int days, long seed) {
        List<Double> user = new ArrayList<>();
        List<String> type = new ArrayList<>();
        List<Long> time = new ArrayList<>();
        List<Double> price = new ArrayList<>();
        List<String> category = new ArrayList<>();
        SimulationSpec spec = SimulationSpec.builder().setUsers(users).setDays(days).setSeed(seed).build();
        SimulatedRows.of(spec, "events", row -> {
            // event_id, user_id, session_id, item_id, event_type, ts, price, category, domain
            user.add(((Number) row[1]).doubleValue());
            type.add((String) row[4]);
            time.add(((LocalDateTime) row[5]).toInstant(ZoneOffset.UTC).toEpochMilli());
            price.add(((Number) row[6]).doubleValue());
            category.add((String) row[7]);
        });
        return TinyFrames.frame("events", List.of(
                new FrameColumn.Numbers("user_id", user.stream().mapToDouble(Double::doubleValue).toArray()),
                new FrameColumn.Texts("event_type", type.toArray(String[]::new)),
                new FrameColumn.Times("ts", time.stream().mapToLong(Long::longValue).toArray()),
                new FrameColumn.Numbers("price", price.stream().mapToDouble(Double::doubleValue).toArray()),
                new FrameColumn.Texts("category", category.toArray(String[]::new))));
    }

    public static DatasetInfo eventsInfo() {
        return TinyFrames.info("events", DatasetKind.EVENTS, List.of(
                ColumnMeta.of("user_id", ColumnType.INTEGER, ColumnRole.USER_ID),
                ColumnMeta.of("event_type", ColumnType.CATEGORY, ColumnRole.EVENT_TYPE),
                ColumnMeta.of("ts", ColumnType.TIMESTAMP, ColumnRole.TIMESTAMP),
                ColumnMeta.of("price", ColumnType.DECIMAL, ColumnRole.PRICE),
                ColumnMeta.of("category", ColumnType.CATEGORY, ColumnRole.CATEGORY)));
    }
}
