package io.campaignlab.engine.explain;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;

import java.util.ArrayList;
import java.util.List;

/** Frames with one column replaced, for re-encoding edited rows ({@link Frame#select} cuts a frame to rows). */
public final class FrameRows {

    private FrameRows() {
    }

    /** The frame with one column replaced (same name, same row count). */
    public static Frame replace(Frame frame, FrameColumn column) {
        if (!frame.has(column.name())) {
            throw new IllegalArgumentException("frame " + frame.dataset() + " has no column " + column.name());
        }
        List<FrameColumn> columns = new ArrayList<>();
        for (FrameColumn c : frame.columns().values()) {
            columns.add(c.name().equals(column.name()) ? column : c);
        }
        return Frame.of(frame.dataset(), frame.rowIds(), columns);
    }
}
