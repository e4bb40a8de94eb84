package io.campaignlab.views.campaigns;

import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.AudienceRules;
import io.campaignlab.engine.campaigns.FieldProblem;
import io.campaignlab.engine.segments.rules.RuleOperator;
import io.campaignlab.views.segments.ConditionRow;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The designer's audience: a stored segment, or a rule built from condition rows (the Segments rule builder's
 * {@link ConditionRow}s, with {@code score:runN} and {@code uplift:runM} thresholds among the measures) over an events
 * and a users dataset; and the exclusions. The rule is kept as the text it was loaded with until a row is edited, so
 * that a design read and written back is the same.
 */
public final class AudienceForm {

    /** Where the audience comes from. */
    public enum Source {
        SEGMENT("Stored segment"), RULE("Rule");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Shown in the dataset boxes for "no dataset". */
    public static final String NONE = "(none)";
    private static final Pattern CONDITION = Pattern.compile("\\s*([^<>=!\\s]+)\\s*(>=|<=|!=|<>|==|=|>|<)\\s*(.*?)\\s*");

    /**
     * The fields: where the audience comes from; the stored segment's id; the events and users datasets; the day the
     * windows end; the rule as its file holds it (the condition rows joined with AND); segment ids and campaign names
     * to leave out, by commas.
     */
    public record Fields(ObjectProperty<Source> source, ObjectProperty<Long> segment, ObjectProperty<String> events,
                         ObjectProperty<String> users, ObjectProperty<LocalDate> snapshot, StringProperty rule,
                         StringProperty excludeSegments, StringProperty excludeCampaigns) {

        Fields() {
            this(new SimpleObjectProperty<>(Source.RULE), new SimpleObjectProperty<>(),
                    new SimpleObjectProperty<>(NONE), new SimpleObjectProperty<>(NONE), new SimpleObjectProperty<>(),
                    new SimpleStringProperty(""), new SimpleStringProperty(""), new SimpleStringProperty(""));
        }

        Observable[] all() {
            return new Observable[]{source, segment, events, users, snapshot, rule, excludeSegments,
                    excludeCampaigns};
        }
    }

    private final Fields fields = new Fields();
    private final ObservableList<ConditionRow> conditions = FXCollections.observableArrayList(
            row -> new Observable[]{row.measureProperty(), row.operatorProperty(), row.valueProperty()});
    private boolean loading;

    AudienceForm() {
        conditions.addListener((ListChangeListener<ConditionRow>) c -> {
            if (!loading) {
                fields.rule().set(String.join(" AND ", conditions.stream().filter(r -> !r.blank())
                        .map(ConditionRow::text).toList()));
            }
        });
    }

    /** Shows an audience; null shows an empty rule. */
    void load(Audience a) {
        loading = true;
        try {
            fields.source().set(a != null && a.segment() != null ? Source.SEGMENT : Source.RULE);
            fields.segment().set(a == null ? null : a.segment());
            fields.events().set(a == null || a.events() == null ? NONE : a.events());
            fields.users().set(a == null || a.users() == null ? NONE : a.users());
            fields.snapshot().set(a == null ? null : a.snapshot());
            String text = a == null || a.rule() == null ? "" : a.rule();
            fields.rule().set(text);
            conditions.setAll(rows(text));
            fields.excludeSegments().set(a == null ? "" : FieldText.list(a.excludeSegments()));
            fields.excludeCampaigns().set(a == null ? "" : FieldText.list(a.excludeCampaigns()));
        } finally {
            loading = false;
        }
    }

    /** The audience the fields make; a field that cannot be read is named in {@code out}. */
    Audience build(List<FieldProblem> out) {
        List<Long> excludedSegments = FieldText.wholes(fields.excludeSegments().get(), "audience.exclude_segments",
                out);
        List<String> excludedCampaigns = FieldText.parts(fields.excludeCampaigns().get());
        if (fields.source().get() == Source.SEGMENT) {
            return new Audience(fields.segment().get(), null, null, null, null, excludedSegments, excludedCampaigns);
        }
        return new Audience(null, fields.rule().get(), dataset(fields.events().get()), dataset(fields.users().get()),
                fields.snapshot().get(), excludedSegments, excludedCampaigns);
    }

    /** The condition rows of a rule's text; a part that is no condition is kept whole as the measure. */
    private static List<ConditionRow> rows(String text) {
        List<ConditionRow> rows = new ArrayList<>();
        if (text.isBlank()) {
            rows.add(new ConditionRow("", RuleOperator.GE, ""));
            return rows;
        }
        List<String> parts;
        try {
            parts = AudienceRules.split(text);
        } catch (IllegalArgumentException e) {
            parts = List.of(text);
        }
        for (String part : parts) {
            Matcher m = CONDITION.matcher(part);
            RuleOperator op = null;
            if (m.matches()) {
                try {
                    op = RuleOperator.parse(m.group(2));
                } catch (IllegalArgumentException e) {
                    op = null;
                }
            }
            rows.add(op == null ? new ConditionRow(part, RuleOperator.GE, "")
                    : new ConditionRow(m.group(1), op, unquote(m.group(3))));
        }
        return rows;
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("'") && value.endsWith("'")
                || value.startsWith("\"") && value.endsWith("\""));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }

    private static String dataset(String name) {
        return name == null || NONE.equals(name) || name.isEmpty() ? null : name;
    }

    /** Adds an empty condition row. */
    public void addCondition() {
        conditions.add(new ConditionRow("", RuleOperator.GE, ""));
    }

    public void removeCondition(ConditionRow row) {
        conditions.remove(row);
    }

    /** Everything an edit changes. */
    Observable[] observables() {
        return fields.all();
    }

    public Fields fields() {
        return fields;
    }

    /** The rule's condition rows; an edit rewrites the rule field. */
    public ObservableList<ConditionRow> conditions() {
        return conditions;
    }
}
