package io.campaignlab.engine.models;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;

/** Reads 1/0 label columns, refusing anything else with the row and value. */
public final class Labels {

    private Labels() {
    }

    public static float[] binary(Frame frame, String column) {
        FrameColumn col = frame.column(column);
        float[] out = new float[frame.rows()];
        for (int r = 0; r < out.length; r++) {
            out[r] = value(frame, col, r);
        }
        return out;
    }

    /** 1 where the row was clicked and purchased. A purchase without a click is refused. */
    public static float[] clickAndPurchase(Frame frame, float[] clicks, String purchaseColumn) {
        float[] purchases = binary(frame, purchaseColumn);
        for (int r = 0; r < purchases.length; r++) {
            if (purchases[r] > 0 && clicks[r] == 0) {
                throw new IllegalArgumentException("row " + frame.rowIds()[r] + " of " + frame.dataset() + " has "
                        + purchaseColumn + " = 1 without a click; ESMM needs purchases to follow clicks");
            }
        }
        return purchases;
    }

    private static float value(Frame frame, FrameColumn col, int r) {
        String text;
        if (col instanceof FrameColumn.Numbers n) {
            double v = n.values()[r];
            if (v == 0 || v == 1) {
                return (float) v;
            }
            text = Double.isNaN(v) ? "missing" : Double.toString(v);
        } else if (col instanceof FrameColumn.Texts t) {
            String v = t.values()[r];
            if (v != null) {
                switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
                    case "1", "true", "yes" -> {
                        return 1f;
                    }
                    case "0", "false", "no" -> {
                        return 0f;
                    }
                    default -> {
                    }
                }
            }
            text = v == null ? "missing" : "'" + v + "'";
        } else {
            text = "a time";
        }
        throw new IllegalArgumentException("label column " + col.name() + " of " + frame.dataset() + " must hold 1/0,"
                + " but row " + frame.rowIds()[r] + " holds " + text);
    }
}
