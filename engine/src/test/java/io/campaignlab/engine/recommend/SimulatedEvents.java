package io.campaignlab.engine.recommend;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.importing.DatasetSink;
import io.campaignlab.engine.importing.DatasetWriter;
import io.campaignlab.engine.importing.Rejection;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.simulate.SimulationJob;
import io.campaignlab.engine.simulate.SimulationSpec;

import java.time.Instant;
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
        DatasetSink sink = draft -> new DatasetWriter() {
            private final boolean events = draft.name().equals("events");
            private long rows;

            @Override
            public void append(Object[] row) {
                rows++;
                if (events) {
                    // event_id, user_id, session_id, item_id, event_type, ts, ...
                    user.add(row[1].toString());
                    item.add(row[3].toString());
                    type.add((String) row[4]);
                    time.add(((LocalDateTime) row[5]).toInstant(ZoneOffset.UTC).toEpochMilli());
                }
            }

            @Override
            public void reject(Rejection rejection) {
                throw new AssertionError("the simulator never rejects rows: " + rejection);
            }

            @Override
            public DatasetInfo commit(long rejectedRows) {
                return new DatasetInfo(0, draft.name(), draft.kind(), draft.sourceFile(), draft.sha256(), rows,
                        rejectedRows, Instant.EPOCH, draft.columns());
            }

            @Override
            public void abort() {
            }

            @Override
            public void close() {
            }
        };
        SimulationSpec spec = SimulationSpec.builder().setUsers(users).setDays(days).setSeed(seed)
                .optImpressionsPerUser(0.1).build();
        new SimulationJob(spec, sink, "").run(ProgressListener.none(), new CancellationToken());
        return InteractionLog.of(user.toArray(String[]::new), item.toArray(String[]::new),
                type.toArray(String[]::new), time.stream().mapToLong(Long::longValue).toArray(), weights);
    }
}
