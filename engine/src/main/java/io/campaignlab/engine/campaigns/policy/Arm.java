package io.campaignlab.engine.campaigns.policy;

import java.util.Locale;

/** The arm a user lands in for a campaign version: served by the policy, or held out as the control. */
public enum Arm {
    TREATMENT, HOLDOUT;

    /** {@code treatment} or {@code holdout}, as the decision API writes it. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
