package io.campaignlab.persistence.segments;

import java.util.ArrayList;
import java.util.List;

/** SQL text with its parameters in the order their {@code ?} appear, built up piece by piece. */
final class SqlText {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    SqlText add(String sql, Object... values) {
        long marks = sql.chars().filter(ch -> ch == '?').count();
        if (marks != values.length) {
            throw new IllegalStateException("'" + sql + "' has " + marks + " parameters, given " + values.length);
        }
        text.append(sql);
        params.addAll(List.of(values));
        return this;
    }

    SqlText add(SqlText other) {
        text.append(other.text);
        params.addAll(other.params);
        return this;
    }

    String sql() {
        return text.toString();
    }

    List<Object> params() {
        return List.copyOf(params);
    }

    boolean isEmpty() {
        return text.length() == 0;
    }
}
