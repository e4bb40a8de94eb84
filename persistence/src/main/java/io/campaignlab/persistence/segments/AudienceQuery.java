package io.campaignlab.persistence.segments;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetRepository;
import io.campaignlab.engine.models.ScoringJob;
import io.campaignlab.engine.segments.customers.CustomerLoader;
import io.campaignlab.engine.segments.rules.RuleCondition;
import io.campaignlab.engine.segments.rules.RuleMeasure;
import io.campaignlab.engine.segments.rules.RuleOperator;
import io.campaignlab.engine.segments.customers.SegmentColumns;
import io.campaignlab.engine.segments.rules.SegmentRule;
import io.campaignlab.persistence.workspace.DatasetTables;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one SQL query that counts or lists the users of a rule. Every identifier in it is a column or table of a
 * dataset found in the workspace's metadata (and quoted); every value the user typed is a bound parameter.
 *
 * <p>Shape: the rows of each source (the users table, the events table before the snapshot, each scores table joined
 * to its scored dataset by {@code _row}) are stacked with {@code UNION ALL} into {@code (uid, pop, x0, x1, …)}, one
 * {@code x} per condition; {@code GROUP BY uid} turns them into one row per user (a count, a sum, a latest time, a
 * mean score, or "some row of the user's matched" for a users column); the conditions are then tested on that row.
 * Stacking and grouping, rather than joining the sources on an expression, keeps it one pass over each table.
 *
 * <p>User ids are compared as text, written as the segment members are: whole numbers without a fraction.
 */
final class AudienceQuery {

    private final SqlText grouped;
    private final SqlText conditions;
    private final String uid;

    private AudienceQuery(SqlText grouped, SqlText conditions, String uid) {
        this.grouped = grouped;
        this.conditions = conditions;
        this.uid = uid;
    }

    /** {@code (population, matching)}. */
    SqlText count() {
        return new SqlText().add("SELECT COUNT(*), COUNT(CASE WHEN ").add(conditions).add(" THEN 1 END) FROM (")
                .add(grouped).add(") g WHERE g.pop = 1");
    }

    /** The matching user ids in ascending order. */
    SqlText members() {
        return new SqlText().add("SELECT " + uid + " AS uid FROM (").add(grouped).add(") g WHERE g.pop = 1 AND ")
                .add(conditions).add(" ORDER BY 1");
    }

    /** The matching user ids in no order, as a sub-query with the one column {@code uid} (text). */
    SqlText membersUnordered() {
        return new SqlText().add("SELECT " + uid + " AS uid FROM (").add(grouped).add(") g WHERE g.pop = 1 AND ")
                .add(conditions);
    }

    /**
     * @param rule a rule whose snapshot is set when it has an events dataset
     * @throws IllegalArgumentException naming the condition or dataset that cannot be counted
     */
    static AudienceQuery of(SegmentRule rule, DatasetRepository datasets) {
        return new Builder(rule, datasets).build();
    }

    /** One query in the making: the rule's sources, and per condition its value's SQL type and aggregate. */
    private static final class Builder {

        private final SegmentRule rule;
        private final List<RuleCondition> conds;
        private final int n;
        private final Events events;
        private final DatasetInfo users;
        private final LocalDateTime snapshot;
        /** Per condition: the scores table and its scored dataset for a score measure, else null. */
        private final List<DatasetInfo[]> scoreSources = new ArrayList<>();
        private final boolean numeric;
        private final java.util.function.BiFunction<String, ColumnMeta, String> key;
        private final String[] types;
        private final String[] aggregates;

        Builder(SegmentRule rule, DatasetRepository datasets) {
            this.rule = rule;
            conds = rule.conditions();
            n = conds.size();
            events = rule.events() == null ? null : Events.of(datasets.require(rule.events()));
            users = rule.users() == null ? null : datasets.require(rule.users());
            snapshot = rule.snapshot() == null ? null : rule.snapshot().atStartOfDay();
            if (events != null && snapshot == null) {
                throw new IllegalArgumentException("a rule over events needs its snapshot day");
            }
            List<ColumnMeta> ids = new ArrayList<>();
            if (users != null) {
                ids.add(userColumn(users));
            }
            if (events != null) {
                ids.add(events.user);
            }
            for (RuleCondition c : conds) {
                if (c.measure().kind() == RuleMeasure.Kind.SCORE) {
                    DatasetInfo scores = scoresTable(c.measure(), datasets, c);
                    DatasetInfo scored = scoredDataset(c.measure(), scores, datasets, c);
                    scoreSources.add(new DatasetInfo[]{scores, scored});
                    ids.add(userColumn(scored));
                } else {
                    scoreSources.add(null);
                }
            }
            // whole-number ids of one type are grouped as numbers (twice as fast as text) and written as text at
            // the end
            numeric = ids.stream().allMatch(c -> c.type() == ColumnType.INTEGER);
            key = numeric ? AudienceQuery::col : AudienceQuery::userKey;
            types = new String[n];
            aggregates = new String[n];
            for (int k = 0; k < n; k++) {
                typeAndAggregate(k);
            }
        }

        private void typeAndAggregate(int k) {
            RuleMeasure m = conds.get(k).measure();
            switch (m.kind()) {
                case COLUMN:
                    types[k] = "INT";
                    aggregates[k] = "MAX";
                    break;
                case SCORE:
                    types[k] = "DOUBLE PRECISION";
                    aggregates[k] = m.aggregate() == RuleMeasure.ScoreAggregate.MAX ? "MAX" : "AVG";
                    break;
                default:
                    events.check(conds.get(k));
                    types[k] = events.type(m.behaviour());
                    aggregates[k] = events.aggregate(m.behaviour());
            }
        }

        AudienceQuery build() {
            List<SqlText> branches = new ArrayList<>();
            if (users != null) {
                branches.add(usersBranch());
            }
            if (events != null) {
                branches.add(eventsBranch());
            }
            for (int k = 0; k < n; k++) {
                if (conds.get(k).measure().kind() == RuleMeasure.Kind.SCORE) {
                    branches.add(scoresBranch(k));
                }
            }
            return new AudienceQuery(grouped(branches), conditions(), numeric ? "CAST(g.uid AS VARCHAR)" : "g.uid");
        }

        /** The users table's rows: every user is in the population; a column condition is 1 where it holds. */
        private SqlText usersBranch() {
            ColumnMeta id = userColumn(users);
            SqlText b = new SqlText().add("SELECT " + key.apply("u", id) + " AS uid, 1 AS pop");
            for (int k = 0; k < n; k++) {
                RuleCondition c = conds.get(k);
                b.add(", ");
                if (c.measure().kind() == RuleMeasure.Kind.COLUMN) {
                    b.add("CASE WHEN ").add(columnTest(users, c)).add(" THEN 1 ELSE 0 END");
                } else {
                    b.add("CAST(NULL AS " + types[k] + ")");
                }
                b.add(" AS x" + k);
            }
            return b.add(" FROM " + table(users) + " u");
        }

        /** The events before the snapshot, each with its value for every behaviour condition. */
        private SqlText eventsBranch() {
            SqlText b = new SqlText().add("SELECT " + key.apply("e", events.user) + " AS uid, "
                    + (users == null ? 1 : 0) + " AS pop");
            for (int k = 0; k < n; k++) {
                RuleCondition c = conds.get(k);
                b.add(", ");
                if (c.measure().kind() == RuleMeasure.Kind.BEHAVIOUR) {
                    RuleMeasure m = c.measure();
                    LocalDateTime from = m.behaviour() == RuleMeasure.Behaviour.DAYS_SINCE_PURCHASE ? null
                            : snapshot.minusDays(m.days());
                    b.add(events.rowValue(m.behaviour(), from));
                } else {
                    b.add("CAST(NULL AS " + types[k] + ")");
                }
                b.add(" AS x" + k);
            }
            return b.add(" FROM " + table(events.info) + " e WHERE " + col("e", events.time) + " < ?", snapshot);
        }

        /** Score condition {@code k}'s scores, joined to their scored rows for the user id. */
        private SqlText scoresBranch(int k) {
            DatasetInfo scores = scoreSources.get(k)[0];
            DatasetInfo scored = scoreSources.get(k)[1];
            ColumnMeta id = userColumn(scored);
            ColumnMeta rowId = required(scores, "row_id", conds.get(k));
            ColumnMeta score = required(scores, "score", conds.get(k));
            SqlText b = new SqlText().add("SELECT " + key.apply("d", id) + " AS uid, 0 AS pop");
            for (int j = 0; j < n; j++) {
                b.add(", " + (j == k ? col("s", score) : "CAST(NULL AS " + types[j] + ")") + " AS x" + j);
            }
            return b.add(" FROM " + table(scores) + " s JOIN " + table(scored) + " d ON d."
                    + DatasetTables.quote(DatasetTables.ROW_COLUMN) + " = " + col("s", rowId));
        }

        /** The branches stacked and grouped into one row per user. */
        private SqlText grouped(List<SqlText> branches) {
            SqlText grouped = new SqlText().add("SELECT uid, MAX(pop) AS pop");
            for (int k = 0; k < n; k++) {
                String agg = aggregates[k];
                grouped.add(", " + (agg.equals("COUNT DISTINCT") ? "COUNT(DISTINCT x" + k + ")"
                        : agg + "(x" + k + ")") + " AS g" + k);
            }
            grouped.add(" FROM (");
            for (int i = 0; i < branches.size(); i++) {
                grouped.add(i == 0 ? "" : " UNION ALL ").add(branches.get(i));
            }
            return grouped.add(") x WHERE uid IS NOT NULL GROUP BY uid");
        }

        /** Every condition tested on the grouped row, joined by AND. */
        private SqlText conditions() {
            SqlText where = new SqlText();
            for (int k = 0; k < n; k++) {
                RuleCondition c = conds.get(k);
                RuleMeasure m = c.measure();
                where.add(k == 0 ? "(" : " AND (");
                String op = " " + c.operator().sql() + " ?";
                switch (m.kind()) {
                    case COLUMN:
                        where.add("g.g" + k + " = 1");
                        break;
                    case SCORE:
                        where.add("g.g" + k + op, c.number());
                        break;
                    default:
                        if (m.behaviour() == RuleMeasure.Behaviour.DAYS_SINCE_PURCHASE) {
                            where.add("DATEDIFF(DAY, CAST(g.g" + k + " AS DATE), ?)" + op, rule.snapshot(),
                                    c.number());
                        } else {
                            where.add("COALESCE(g.g" + k + ", 0)" + op, c.number());
                        }
                }
                where.add(")");
            }
            return where;
        }
    }

    /** A users-column test, e.g. {@code TRIM(u."age_band") = ?}, checked against the column's type. */
    private static SqlText columnTest(DatasetInfo users, RuleCondition c) {
        String name = c.measure().column();
        ColumnMeta meta = users.column(name).orElseThrow(() -> new IllegalArgumentException("condition '" + c.text()
                + "': dataset '" + users.name() + "' has no column '" + name + "'; its columns: "
                + String.join(", ", users.columns().stream().map(ColumnMeta::name).toList())));
        if (meta.groundTruth()) {
            throw new IllegalArgumentException("condition '" + c.text() + "': '" + meta.name() + "' is the"
                    + " simulator's hidden truth, which segments must not use");
        }
        String column = col("u", meta);
        String op = " " + c.operator().sql() + " ?";
        switch (meta.type()) {
            case INTEGER:
            case DECIMAL:
                return new SqlText().add(column + op, number(c, meta));
            case BOOLEAN:
                if (c.operator().ordering()) {
                    throw textOnly(c, meta, "true or false");
                }
                return new SqlText().add(column + op, bool(c, meta));
            case TIMESTAMP:
                try {
                    return new SqlText().add(column + op, LocalDate.parse(c.value().strip()).atStartOfDay());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("condition '" + c.text() + "': column '" + meta.name()
                            + "' holds times; give a day like 2024-01-31, not '" + c.value() + "'");
                }
            default:
                if (c.operator().ordering()) {
                    throw textOnly(c, meta, "text");
                }
                return new SqlText().add("TRIM(" + column + ")" + op, c.value().strip());
        }
    }

    private static IllegalArgumentException textOnly(RuleCondition c, ColumnMeta meta, String what) {
        return new IllegalArgumentException("condition '" + c.text() + "': column '" + meta.name() + "' holds "
                + what + ", so compare it with = or !=");
    }

    private static Object number(RuleCondition c, ColumnMeta meta) {
        try {
            return Double.parseDouble(c.value().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("condition '" + c.text() + "': column '" + meta.name()
                    + "' holds numbers, and '" + c.value() + "' is not one");
        }
    }

    private static Object bool(RuleCondition c, ColumnMeta meta) {
        String v = c.value().strip().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("1")) {
            return Boolean.TRUE;
        }
        if (v.equals("false") || v.equals("0")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("condition '" + c.text() + "': column '" + meta.name()
                + "' holds true or false, not '" + c.value() + "'");
    }

    private static DatasetInfo scoresTable(RuleMeasure m, DatasetRepository datasets, RuleCondition c) {
        if (m.scored() != null) {
            String name = ScoringJob.scoresName(m.runId(), m.scored());
            return datasets.findByName(name).orElseThrow(() -> new IllegalArgumentException("condition '"
                    + c.text() + "': there are no scores of run " + m.runId() + " on '" + m.scored() + "' (no dataset "
                    + name + "); score it first: campaign-lab score " + m.runId() + " --dataset " + m.scored()));
        }
        String prefix = ScoringJob.scoresName(m.runId(), "");
        List<DatasetInfo> found = datasets.list().stream().filter(d -> d.name().startsWith(prefix)).toList();
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("condition '" + c.text() + "': run " + m.runId() + " has scored no"
                    + " dataset (no dataset " + prefix + "…); score one first: campaign-lab score " + m.runId()
                    + " --dataset DATASET");
        }
        Set<String> names = new TreeSet<>();
        found.forEach(d -> names.add(d.name().substring(prefix.length())));
        throw new IllegalArgumentException("condition '" + c.text() + "': run " + m.runId() + " scored " + names
                + "; say which, e.g. score:run" + m.runId() + "@" + names.iterator().next());
    }

    private static DatasetInfo scoredDataset(RuleMeasure m, DatasetInfo scores, DatasetRepository datasets,
                                             RuleCondition c) {
        String name = scores.name().substring(ScoringJob.scoresName(m.runId(), "").length());
        return datasets.findByName(name).orElseThrow(() -> new IllegalArgumentException("condition '" + c.text()
                + "': the dataset '" + name + "' that run " + m.runId() + " scored is gone, so its scores cannot be"
                + " tied to users"));
    }

    private static ColumnMeta required(DatasetInfo info, String name, RuleCondition c) {
        return info.column(name).orElseThrow(() -> new IllegalArgumentException("condition '" + c.text() + "': '"
                + info.name() + "' has no column " + name + ", so it is not a scores table"));
    }

    static ColumnMeta userColumn(DatasetInfo info) {
        return info.columnsWithRole(ColumnRole.USER_ID).stream().findFirst().orElseThrow(() ->
                new IllegalArgumentException("dataset '" + info.name() + "' has no user_id column, so its rows"
                        + " cannot be tied to users"));
    }

    /** A user id as text: whole numbers without a fraction, text trimmed, blank as null. */
    static String userKey(String alias, ColumnMeta id) {
        String c = col(alias, id);
        switch (id.type()) {
            case INTEGER:
            case BOOLEAN:
                return "CAST(" + c + " AS VARCHAR)";
            case DECIMAL:
                return "CASE WHEN " + c + " = FLOOR(" + c + ") AND ABS(" + c + ") < 1e15 THEN CAST(CAST(" + c
                        + " AS BIGINT) AS VARCHAR) ELSE CAST(" + c + " AS VARCHAR) END";
            default:
                return "NULLIF(TRIM(CAST(" + c + " AS VARCHAR)), '')";
        }
    }

    static String table(DatasetInfo info) {
        return DatasetTables.quote(DatasetTables.tableName(info.id()));
    }

    static String col(String alias, ColumnMeta meta) {
        return alias + "." + DatasetTables.quote(meta.name());
    }

    private static String inList(Set<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : new TreeSet<>(words)) {
            if (!w.matches("[a-z_]+")) {
                throw new IllegalStateException("event word " + w);
            }
            sb.append(sb.length() == 0 ? "" : ", ").append('\'').append(w).append('\'');
        }
        return sb.toString();
    }

    /** The columns of the events dataset and the SQL of each behaviour. */
    static final class Events {
        final DatasetInfo info;
        final ColumnMeta user;
        final ColumnMeta time;
        final ColumnMeta eventType;
        final ColumnMeta order;
        final ColumnMeta quantity;
        final ColumnMeta price;
        final ColumnMeta revenue;
        final String noAmount;

        private Events(DatasetInfo info, ColumnMeta user, ColumnMeta time, ColumnMeta eventType, ColumnMeta order,
                       ColumnMeta quantity, ColumnMeta price, ColumnMeta revenue, String noAmount) {
            this.info = info;
            this.user = user;
            this.time = time;
            this.eventType = eventType;
            this.order = order;
            this.quantity = quantity;
            this.price = price;
            this.revenue = revenue;
            this.noAmount = noAmount;
        }

        static Events of(DatasetInfo info) {
            ColumnMeta user = userColumn(info);
            ColumnMeta time = info.columnsWithRole(ColumnRole.TIMESTAMP).stream()
                    .filter(c -> c.type() == ColumnType.TIMESTAMP).findFirst().orElseThrow(() ->
                            new IllegalArgumentException("dataset '" + info.name() + "' has no timestamp column,"
                                    + " so it has no behaviour windows"));
            ColumnMeta eventType = info.columnsWithRole(ColumnRole.EVENT_TYPE).stream()
                    .filter(c -> c.type() == ColumnType.CATEGORY || c.type() == ColumnType.TEXT).findFirst()
                    .orElse(null);
            try {
                SegmentColumns s = SegmentColumns.resolve(info, null);
                return new Events(info, user, time, eventType, meta(info, s.order()), meta(info, s.quantity()),
                        meta(info, s.price()), meta(info, s.revenue()), null);
            } catch (IllegalArgumentException e) {
                return new Events(info, user, time, eventType, null, null, null, null,
                        "dataset '" + info.name() + "' has no price or revenue column");
            }
        }

        private static ColumnMeta meta(DatasetInfo info, String name) {
            return name == null ? null : info.column(name).orElseThrow();
        }

        void check(RuleCondition c) {
            RuleMeasure.Behaviour b = c.measure().behaviour();
            boolean needsType = b == RuleMeasure.Behaviour.VIEWS || b == RuleMeasure.Behaviour.CLICKS;
            if (needsType && eventType == null) {
                throw new IllegalArgumentException("condition '" + c.text() + "': dataset '" + info.name()
                        + "' has no event_type column, so it has no " + b.id());
            }
            if (b == RuleMeasure.Behaviour.SPEND && noAmount != null) {
                throw new IllegalArgumentException("condition '" + c.text() + "': " + noAmount + ", so no spend");
            }
            if (!needsType && noAmount != null && eventType == null) {
                throw new IllegalArgumentException("condition '" + c.text() + "': " + noAmount
                        + " and no event_type column, so no purchases");
            }
        }

        String type(RuleMeasure.Behaviour b) {
            switch (b) {
                case PURCHASES:
                    return order != null ? "VARCHAR" : eventType != null ? "INT" : "TIMESTAMP";
                case SPEND:
                    return "DOUBLE PRECISION";
                case DAYS_SINCE_PURCHASE:
                    return "TIMESTAMP";
                default:
                    return "INT";
            }
        }

        String aggregate(RuleMeasure.Behaviour b) {
            switch (b) {
                case PURCHASES:
                    return order != null || eventType == null ? "COUNT DISTINCT" : "COUNT";
                case SPEND:
                    return "SUM";
                case DAYS_SINCE_PURCHASE:
                    return "MAX";
                default:
                    return "COUNT";
            }
        }

        /** The row's contribution to a behaviour in {@code [from, snapshot)}, null when it does not count. */
        SqlText rowValue(RuleMeasure.Behaviour b, LocalDateTime from) {
            String ts = col("e", time);
            SqlText when = new SqlText().add("CASE WHEN ");
            switch (b) {
                case VIEWS:
                    when.add(isType(CustomerLoader.VIEWS));
                    break;
                case CLICKS:
                    when.add(isType(CustomerLoader.CLICKS));
                    break;
                default:
                    when.add(purchaseKept());
            }
            if (from != null) {
                when.add(" AND " + ts + " >= ?", from);
            }
            String value;
            switch (b) {
                case PURCHASES:
                    value = order != null ? "COALESCE(CAST(" + col("e", order) + " AS VARCHAR), '#' || e."
                            + DatasetTables.quote(DatasetTables.ROW_COLUMN) + ")" : eventType != null ? "1" : ts;
                    break;
                case SPEND:
                    value = "CAST(" + amount() + " AS DOUBLE PRECISION)";
                    break;
                case DAYS_SINCE_PURCHASE:
                    value = ts;
                    break;
                default:
                    value = "1";
            }
            return when.add(" THEN " + value + " END");
        }

        private String isType(Set<String> words) {
            return "LOWER(TRIM(" + col("e", eventType) + ")) IN (" + inList(words) + ")";
        }

        /** A purchase line kept as RFM keeps it: a purchase event, not a cancellation, a positive amount. */
        private String purchaseKept() {
            List<String> parts = new ArrayList<>();
            if (eventType != null) {
                parts.add(isType(CustomerLoader.PURCHASES));
            }
            if (order != null && (order.type() == ColumnType.TEXT || order.type() == ColumnType.CATEGORY)) {
                parts.add("COALESCE(UPPER(LEFT(TRIM(" + col("e", order) + "), 1)), '') <> 'C'");
            }
            if (revenue != null) {
                parts.add(col("e", revenue) + " > 0");
            } else if (price != null) {
                parts.add(col("e", price) + " > 0");
                if (quantity != null) {
                    parts.add(col("e", quantity) + " > 0");
                }
            }
            return parts.isEmpty() ? "1 = 1" : "(" + String.join(" AND ", parts) + ")";
        }

        private String amount() {
            if (revenue != null) {
                return col("e", revenue);
            }
            return quantity == null ? col("e", price) : col("e", quantity) + " * " + col("e", price);
        }
    }
}
