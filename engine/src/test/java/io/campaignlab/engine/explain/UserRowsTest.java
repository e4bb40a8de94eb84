package io.campaignlab.engine.explain;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserRowsTest {

    private static final long[] ROWS = {10, 11, 12, 13, 14, 15};
    private static final FrameColumn USERS = new FrameColumn.Numbers("user_id", new double[]{7, 8, 7, 7, 9, 8});

    @Test
    void theLatestRowByTimeThenByRow() {
        Frame frame = Frame.of("impressions", ROWS, List.of(USERS, new FrameColumn.Times("ts",
                new long[]{500, 100, 900, 900, 50, FrameColumn.MISSING_TIME})));
        UserRows.Latest seven = UserRows.latest(frame, "user_id", "ts", "7", 3);
        // user 7 has rows 10 (t 500), 12 (t 900) and 13 (t 900): the tie at 900 goes to the later row, 13
        assertThat(seven.rowId()).isEqualTo(13);
        assertThat(seven.rows()).isEqualTo(3);
        assertThat(seven.millis()).isEqualTo(900);
        // user 8: row 11 at t 100 beats row 15, which has no time
        assertThat(UserRows.latest(frame, "user_id", "ts", "8", 3).rowId()).isEqualTo(11);
    }

    @Test
    void withoutATimestampTheLastStoredRow() {
        Frame frame = Frame.of("impressions", ROWS, List.of(USERS));
        assertThat(UserRows.latest(frame, "user_id", null, "8", 3).rowId()).isEqualTo(15);
        assertThatThrownBy(() -> UserRows.latest(frame, "user_id", null, "u-1", 3))
                .hasMessage("user 'u-1' has no row in 'impressions', the dataset of run 3 (column user_id)");
    }
}
