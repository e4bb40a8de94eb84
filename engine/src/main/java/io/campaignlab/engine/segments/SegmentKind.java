package io.campaignlab.engine.segments;

import java.util.Locale;

/** How a segmentation was made. */
public enum SegmentKind {
    /** Named segments on the recency × frequency score grid. */
    RFM,
    /** Clusters of behaviour features. */
    KMEANS,
    /** Hand-written rules over columns and aggregates. */
    RULES;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SegmentKind parse(String text) {
        for (SegmentKind kind : values()) {
            if (kind.id().equalsIgnoreCase(text.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown segment kind '" + text + "'; expected rfm, kmeans or rules");
    }
}
