package io.campaignlab.engine.evaluation;

/** Converts boolean labels to the 0/1 labels the metrics take: {@code true} is the positive class, 1. */
public final class BinaryLabels {

    private BinaryLabels() {
    }

    /** 1 for {@code true}, 0 for {@code false}, in the same order. */
    public static int[] of(boolean[] labels) {
        if (labels == null) {
            throw new IllegalArgumentException("labels must not be null");
        }
        int[] result = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            result[i] = labels[i] ? 1 : 0;
        }
        return result;
    }
}
