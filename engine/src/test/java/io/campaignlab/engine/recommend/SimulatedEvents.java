package io.campaignlab.engine.recommend;

import io.campaignlab.engine.simulate.SimulatedRows;
import io.campaignlab.engine.simulate.SimulationSpec;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The simulator's {@code events} dataset as an interaction log, straight from the job (no workspace, no files). */
public final class SimulatedEvents {

    private SimulatedEvents() {
    }

    public static InteractionLog log(int users, int days, long seed, EventWeights weights) {
        List<String> user = new ArrayList<>();
        List<String> item = new ArrayList<>();
        List<String> type = new ArrayList<>();
        List<Long> time = new ArrayList<>();
        SimulationSpec spec = SimulationSpec.builder().setUsers(users).setDays(days).setSeed(seed)
                .optImpressionsPerUser(0.1).build();
        SimulatedRows.of(spec, "events", row -> {
            // event_id, user_id, session_id, item_id, event_type, ts, ...
            user.add(row[1].toString());
            item.add(row[3].toString());
            type.add((String) row[4]);
            time.add(((LocalDateTime) row[5]).toInstant(ZoneOffset.UTC).toEpochMilli());
        });
        return InteractionLog.of(user.toArray(String[]::new), item.toArray(String[]::new),
                type.toArray(String[]::new), time.stream().mapToLong(Long::longValue).toArray(), weights);
    }
}
