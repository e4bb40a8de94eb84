package io.campaignlab.engine.monitor;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;

import java.util.Arrays;

/**
 * Date windows of a {@link Frame}, for example a later range to compare with the training rows. Test support: the
 * product reads its windows with SQL.
 */
public final class FrameWindows {

    private FrameWindows() {
    }

    /**
     * The rows whose time in {@code timeColumn} lies in [{@code fromMillis}, {@code toMillis}); rows with a missing
     * time are left out. Rows keep their order and ids.
     */
    public static Frame between(Frame frame, String timeColumn, long fromMillis, long toMillis) {
        long[] times = frame.times(timeColumn);
        int[] rows = new int[times.length];
        int n = 0;
        for (int i = 0; i < times.length; i++) {
            long t = times[i];
            if (t != FrameColumn.MISSING_TIME && t >= fromMillis && t < toMillis) {
                rows[n++] = i;
            }
        }
        return frame.select(Arrays.copyOf(rows, n));
    }
}
