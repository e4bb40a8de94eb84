package io.campaignlab.engine.recommend.session;

import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameReader;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.recommend.InteractionLog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sessions of an events dataset, each with its user. A session is a (user, session id) pair when the dataset has
 * a column with the role {@code session_id}; otherwise a user's events split wherever {@code gapMinutes} pass
 * without an event. Repeated consecutive events on one item (a view, then add-to-cart, then purchase of it) count as
 * one click. Every event type counts.
 *
 * @param sessions the sessions, ordered by their first event
 * @param users    the raw user id of each session
 * @param source   how sessions were formed, for the run's record
 */
public record UserSessions(SessionSequences sessions, List<String> users, String source) {

    /** The columns read, by role: user, item, timestamp, and the session id or null. */
    public record Columns(String user, String item, String timestamp, String session) {

        public static Columns of(DatasetInfo dataset) {
            String needs = "a session model needs user_id, item_id and timestamp columns (session_id optional)";
            return new Columns(InteractionLog.Columns.required(dataset, ColumnRole.USER_ID, needs),
                    InteractionLog.Columns.required(dataset, ColumnRole.ITEM_ID, needs),
                    InteractionLog.Columns.required(dataset, ColumnRole.TIMESTAMP, needs),
                    InteractionLog.Columns.withRole(dataset, ColumnRole.SESSION_ID).orElse(null));
        }

        public List<String> names() {
            List<String> names = new ArrayList<>(List.of(user, item, timestamp));
            if (session != null) {
                names.add(session);
            }
            return names;
        }
    }

    /** Reads an events dataset's sessions. */
    public static UserSessions read(FrameReader frames, DatasetInfo dataset, int gapMinutes,
                                    ProgressListener progress, CancellationToken cancel) {
        Columns columns = Columns.of(dataset);
        return of(frames.read(dataset.name(), columns.names(), progress, cancel), columns, gapMinutes);
    }

    /** Reads sessions from a frame with the given columns. */
    public static UserSessions of(Frame frame, Columns columns, int gapMinutes) {
        String[] users = InteractionLog.ids(frame.column(columns.user()));
        String[] items = InteractionLog.ids(frame.column(columns.item()));
        long[] times = frame.times(columns.timestamp());
        String[] sessions = columns.session() == null ? null : InteractionLog.ids(frame.column(columns.session()));
        return of(users, items, times, sessions, gapMinutes);
    }

    /**
     * Sessions from parallel columns; rows with a missing user, item or time are skipped.
     *
     * @param sessionIds the session column, or null to split each user's events at {@code gapMinutes}
     */
    public static UserSessions of(String[] users, String[] items, long[] timeMillis, String[] sessionIds,
                                  int gapMinutes) {
        if (gapMinutes < 1) {
            throw new IllegalArgumentException("the session gap must be at least one minute, was " + gapMinutes);
        }
        int n = users.length;
        String[] keys = new String[n];
        Map<String, String> userOfKey = new HashMap<>();
        long[] times = timeMillis; // missing times are FrameColumn.MISSING_TIME = Long.MIN_VALUE, skipped
        if (sessionIds != null) {
            for (int r = 0; r < n; r++) {
                if (users[r] != null && sessionIds[r] != null) {
                    keys[r] = users[r] + '\u001f' + sessionIds[r];
                }
            }
        } else {
            splitAtGaps(users, times, gapMinutes * 60_000L, keys);
        }
        for (int r = 0; r < n; r++) {
            if (keys[r] != null) {
                userOfKey.put(keys[r], users[r]);
            }
        }
        SessionSequences grouped = SessionSequences.group(keys, items, times, null);
        int[][] collapsed = new int[grouped.size()][];
        List<String> sessionUsers = new ArrayList<>(grouped.size());
        for (int s = 0; s < grouped.size(); s++) {
            collapsed[s] = withoutRepeats(grouped.sessions()[s]);
            sessionUsers.add(userOfKey.get(grouped.sessionIds().get(s)));
        }
        String source = sessionIds != null ? "the session_id column, per user"
                : "each user's events split at gaps of " + gapMinutes + " minutes";
        return new UserSessions(new SessionSequences(grouped.itemIds(), grouped.sessionIds(), collapsed,
                grouped.startTimes()), List.copyOf(sessionUsers), source);
    }

    /** Gives each row the key "user, n" of its user's n-th session (a new one after each gap of more than gap ms). */
    private static void splitAtGaps(String[] users, long[] times, long gap, String[] keys) {
        Map<String, List<Integer>> rows = new HashMap<>();
        for (int r = 0; r < users.length; r++) {
            if (users[r] != null && times[r] != Long.MIN_VALUE) {
                rows.computeIfAbsent(users[r], k -> new ArrayList<>()).add(r);
            }
        }
        for (Map.Entry<String, List<Integer>> e : rows.entrySet()) {
            List<Integer> list = e.getValue();
            list.sort((a, b) -> {
                int c = Long.compare(times[a], times[b]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            int session = 0;
            long last = Long.MIN_VALUE;
            for (int r : list) {
                if (last != Long.MIN_VALUE && times[r] - last > gap) {
                    session++;
                }
                last = times[r];
                keys[r] = e.getKey() + '\u001f' + session;
            }
        }
    }

    static int[] withoutRepeats(int[] session) {
        int[] out = new int[session.length];
        int n = 0;
        for (int i : session) {
            if (n == 0 || out[n - 1] != i) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The index of the user's latest session (by start), or -1. */
    public int latestSessionOf(String user) {
        int latest = -1;
        for (int s = 0; s < users.size(); s++) {
            if (user.equals(users.get(s)) && (latest < 0
                    || sessions.startTimes()[s] >= sessions.startTimes()[latest])) {
                latest = s;
            }
        }
        return latest;
    }
}
