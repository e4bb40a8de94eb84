package io.campaignlab.engine.campaigns;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** What a campaign maximises. */
public enum Objective {
    CLICKS, CONVERSIONS, REVENUE, MARGIN;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@link #id()}; an {@link IllegalArgumentException} listing the objectives if it is none of them. */
    @JsonCreator
    public static Objective parse(String text) {
        return Choices.parse(Objective.class, text, values());
    }
}
