package io.campaignlab.engine.importing.columns;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns file headers into unique, SQL-safe column names: lower case letters, digits and underscores. */
public final class ColumnNames {

    private ColumnNames() {
    }

    public static List<String> sanitize(List<String> headers) {
        Set<String> used = new HashSet<>();
        List<String> names = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            String base = sanitize(headers.get(i), i + 1);
            String name = base;
            for (int suffix = 2; !used.add(name); suffix++) {
                name = base + "_" + suffix;
            }
            names.add(name);
        }
        return names;
    }

    static String sanitize(String header, int position) {
        String withWordBreaks = header.trim().replaceAll("([a-z0-9])([A-Z])", "$1_$2");
        String name = withWordBreaks.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (name.isEmpty()) {
            return "col_" + position;
        }
        if (Character.isDigit(name.charAt(0))) {
            name = "c_" + name;
        }
        return name.length() > 60 ? name.substring(0, 60) : name;
    }
}
