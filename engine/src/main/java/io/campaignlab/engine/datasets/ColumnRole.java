package io.campaignlab.engine.datasets;

import java.util.Locale;

/** What a column means to the models and analyses. */
public enum ColumnRole {
    USER_ID, ITEM_ID, SESSION_ID, EVENT_TYPE, TIMESTAMP, LABEL, TREATMENT, GROUP, PRICE, QUANTITY, REVENUE,
    CATEGORY, DOMAIN, FEATURE, IGNORE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ColumnRole parse(String text) {
        for (ColumnRole role : values()) {
            if (role.id().equalsIgnoreCase(text.trim())) {
                return role;
            }
        }
        StringBuilder known = new StringBuilder();
        for (ColumnRole role : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(role.id());
        }
        throw new IllegalArgumentException("unknown column role '" + text + "'; expected one of " + known);
    }
}
