package io.campaignlab.views.experiments;

import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.engine.datasets.DatasetInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * First guesses for a readout of a dataset, so that an experiment dataset reads out with one click: the group column
 * (role group or treatment, else a category column named like an arm), the control arm (a value saying control or
 * "no …"), the outcome metrics (label and revenue columns), a pre-period covariate for CUPED (a numeric column named
 * history…), the unit id and the exposure time. Every guess can be changed; none is a judgement on the data.
 */
public final class AbDefaults {

    private static final Set<String> GROUP_NAMES = Set.of("group", "segment", "arm", "variant", "treatment",
            "experiment_group", "bucket");
    /** Outcome columns that are features by role (an import guesses one label only). */
    private static final Set<String> OUTCOME_NAMES = Set.of("visit", "click", "clicked", "open", "opened");

    private AbDefaults() {
    }

    /** Columns that can hold arm labels: categories, texts, booleans and integers. */
    public static List<String> groupCandidates(DatasetInfo info) {
        return info.columns().stream().filter(c -> !c.groundTruth()).filter(c -> c.type() == ColumnType.CATEGORY
                || c.type() == ColumnType.TEXT || c.type() == ColumnType.BOOLEAN || c.type() == ColumnType.INTEGER)
                .map(ColumnMeta::name).toList();
    }

    /** Numeric columns: metrics and covariates. */
    public static List<String> numeric(DatasetInfo info) {
        return info.columns().stream().filter(c -> !c.groundTruth()).filter(c -> c.type().isNumeric()
                || c.type() == ColumnType.BOOLEAN).map(ColumnMeta::name).toList();
    }

    /** Timestamp columns. */
    public static List<String> times(DatasetInfo info) {
        return info.columns().stream().filter(c -> c.type() == ColumnType.TIMESTAMP).map(ColumnMeta::name).toList();
    }

    /** Every column but the simulator's hidden truth. */
    public static List<String> visible(DatasetInfo info) {
        return info.columns().stream().filter(c -> !c.groundTruth()).map(ColumnMeta::name).toList();
    }

    public static Optional<String> group(DatasetInfo info) {
        for (ColumnRole role : List.of(ColumnRole.GROUP, ColumnRole.TREATMENT)) {
            Optional<String> found = info.columnsWithRole(role).stream().map(ColumnMeta::name).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return groupCandidates(info).stream().filter(n -> GROUP_NAMES.contains(n.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** The control arm among a group column's values: one saying control, else "no …"/none/0/false, else none. */
    public static Optional<String> control(List<String> values) {
        for (String v : values) {
            if (v.toLowerCase(Locale.ROOT).contains("control")) {
                return Optional.of(v);
            }
        }
        for (String v : values) {
            String low = v.toLowerCase(Locale.ROOT).trim();
            if (low.startsWith("no ") || low.startsWith("no-") || low.startsWith("no_") || low.equals("none")
                    || low.equals("holdout") || low.equals("baseline")) {
                return Optional.of(v);
            }
        }
        for (String v : values) {
            if (v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("a")) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** Outcome metrics: label and revenue columns, and 0/1 outcomes named visit, click or open, in table order. */
    public static List<String> metrics(DatasetInfo info) {
        List<String> out = new ArrayList<>();
        for (ColumnMeta c : info.columns()) {
            if (!c.groundTruth() && (c.type().isNumeric() || c.type() == ColumnType.BOOLEAN)
                    && (c.role() == ColumnRole.LABEL || c.role() == ColumnRole.REVENUE
                    || OUTCOME_NAMES.contains(c.name().toLowerCase(Locale.ROOT)))) {
                out.add(c.name());
            }
        }
        return out;
    }

    /** A pre-period covariate for CUPED: a numeric column named history…, pre_… or …_before. */
    public static Optional<String> covariate(DatasetInfo info) {
        return numeric(info).stream().filter(n -> {
            String low = n.toLowerCase(Locale.ROOT);
            return low.startsWith("history") || low.startsWith("pre_") || low.endsWith("_before");
        }).filter(n -> !metrics(info).contains(n)).min((a, b) -> Integer.compare(rank(a), rank(b)));
    }

    /** Spend-like covariates first: they correlate best with spend outcomes. */
    private static int rank(String name) {
        String low = name.toLowerCase(Locale.ROOT);
        return low.contains("spend") || low.equals("history") ? 0 : 1;
    }

    /** The treated arm to model uplift for: the last arm (sorted) that is not control. */
    public static Optional<String> treated(List<String> values, String control) {
        return values.stream().sorted().filter(a -> !a.equals(control)).reduce((a, b) -> b);
    }

    /** A 0/1 outcome to model uplift on: the first label column. */
    public static Optional<String> outcome(DatasetInfo info) {
        return info.columnsWithRole(ColumnRole.LABEL).stream().filter(c -> c.type().isNumeric()
                || c.type() == ColumnType.BOOLEAN).map(ColumnMeta::name).findFirst();
    }

    /**
     * A first uplift model for an experiment dataset, from these guesses and the group column's values: a T-learner
     * on logistic regression; empty when a guess is missing.
     */
    public static Optional<io.campaignlab.engine.uplift.UpliftSpec> uplift(DatasetInfo info, List<String> values) {
        Optional<String> group = group(info);
        Optional<String> control = control(values);
        Optional<String> outcome = outcome(info);
        if (group.isEmpty() || control.isEmpty() || outcome.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> treated = treated(values, control.get());
        return treated.map(t -> new io.campaignlab.engine.uplift.UpliftSpec(info.name(), group.get(), t,
                control.get(), outcome.get(), List.of(), io.campaignlab.engine.uplift.MetaLearner.T,
                io.campaignlab.engine.uplift.BaseLearner.LR, 0.3, 42, null, "auto"));
    }

    public static Optional<String> unit(DatasetInfo info) {
        return info.columnsWithRole(ColumnRole.USER_ID).stream().map(ColumnMeta::name).findFirst();
    }

    public static Optional<String> time(DatasetInfo info) {
        Optional<String> role = info.columnsWithRole(ColumnRole.TIMESTAMP).stream()
                .filter(c -> c.type() == ColumnType.TIMESTAMP).map(ColumnMeta::name).findFirst();
        return role.isPresent() ? role : times(info).stream().findFirst();
    }
}
