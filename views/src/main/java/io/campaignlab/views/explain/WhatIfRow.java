package io.campaignlab.views.explain;

import io.campaignlab.engine.explain.Attribution;
import io.campaignlab.engine.explain.WhatIfResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of a what-if edit as the table lists it: its value and push before and after.
 *
 * @param field  the field
 * @param was    its value before
 * @param before its push before
 * @param now    its value after
 * @param after  its push after
 */
public record WhatIfRow(String field, String was, double before, String now, double after) {

    public double change() {
        return after - before;
    }

    /** The value part of {@code field = value}, or the whole text. */
    static String valueOf(Attribution a) {
        String shown = a.displayValue() == null ? "" : a.displayValue();
        String prefix = a.player() + " = ";
        return shown.startsWith(prefix) ? shown.substring(prefix.length()) : shown;
    }

    /** Every field, the largest change first. */
    public static List<WhatIfRow> of(WhatIfResult result) {
        Map<String, Attribution> after = new HashMap<>();
        for (Attribution a : result.after().attributions()) {
            after.put(a.player(), a);
        }
        List<WhatIfRow> rows = new ArrayList<>();
        for (Attribution a : result.before().attributions()) {
            Attribution b = after.get(a.player());
            rows.add(new WhatIfRow(a.player(), valueOf(a), a.value(), b == null ? "" : valueOf(b),
                    b == null ? Double.NaN : b.value()));
        }
        rows.sort((x, y) -> Double.compare(Math.abs(y.change()), Math.abs(x.change())));
        return rows;
    }
}
