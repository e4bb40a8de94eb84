package io.campaignlab.engine.features;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;

import java.util.Locale;

/**
 * Reads a split column: each row's value names its part, {@code train}, {@code valid} (also {@code validation} or
 * {@code val}) or {@code test}, in any case and with surrounding spaces ignored. Any other value, or a missing one,
 * is refused with the first such row's {@code _row} id, the column and the value, and how many rows hold others; a
 * part no row names is refused by name.
 */
public final class SplitColumn {

    /** Part codes, as {@link Splitter#split(SplitSpec, int, double[], long[], long[], byte[])} takes them. */
    static final byte TRAIN = 0;
    static final byte VALIDATION = 1;
    static final byte TEST = 2;

    private static final String[] PART_NAMES = {"train", "valid", "test"};

    private SplitColumn() {
    }

    /** The part of each row of the frame, as the split column says. */
    public static byte[] parts(Frame frame, String column) {
        FrameColumn values = frame.column(column);
        if (!(values instanceof FrameColumn.Texts texts)) {
            throw new IllegalArgumentException("split column " + column + " of " + frame.dataset()
                    + " must hold text (train, valid or test), but it holds "
                    + (values instanceof FrameColumn.Times ? "times" : "numbers"));
        }
        byte[] parts = new byte[frame.rows()];
        int[] counts = new int[3];
        int bad = 0;
        int firstBad = -1;
        for (int r = 0; r < parts.length; r++) {
            int part = part(texts.values()[r]);
            if (part < 0) {
                bad++;
                firstBad = firstBad < 0 ? r : firstBad;
                continue;
            }
            parts[r] = (byte) part;
            counts[part]++;
        }
        if (bad > 0) {
            String value = texts.values()[firstBad];
            throw new IllegalArgumentException("split column " + column + " of " + frame.dataset()
                    + " must hold train, valid or test, but row " + frame.rowIds()[firstBad] + " holds "
                    + (value == null ? "nothing" : "'" + value + "'")
                    + (bad == 1 ? "" : " (and " + (bad - 1) + " more row" + (bad == 2 ? "" : "s")
                    + " hold other values)"));
        }
        for (int p = 0; p < 3; p++) {
            if (counts[p] == 0) {
                throw new IllegalArgumentException("the " + PART_NAMES[p] + " part of the split is empty: no row of "
                        + frame.dataset() + " has " + PART_NAMES[p] + " in split column " + column
                        + " (train " + counts[0] + ", valid " + counts[1] + ", test " + counts[2] + " rows)");
            }
        }
        return parts;
    }

    /** 0 train, 1 validation, 2 test, −1 anything else. */
    static int part(String value) {
        if (value == null) {
            return -1;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "train" -> TRAIN;
            case "valid", "validation", "val" -> VALIDATION;
            case "test" -> TEST;
            default -> -1;
        };
    }
}
