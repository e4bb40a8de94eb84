package io.campaignlab.engine.experiments;

import java.util.Locale;

/** How a metric is compared: proportions by unpooled Wald, means by Welch, ratios of sums by the delta method. */
public enum MetricKind {
    BINARY, CONTINUOUS, RATIO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
