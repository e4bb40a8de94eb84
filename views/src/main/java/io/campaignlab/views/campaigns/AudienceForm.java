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

    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source", Source.RULE);
    private final ObjectProperty<Long> segment = new SimpleObjectProperty<>(this, "segment");
    private final ObjectProperty<String> events = new SimpleObjectProperty<>(this, "events", NONE);
    private final ObjectProperty<String> users = new SimpleObjectProperty<>(this, "users", NONE);
    private final ObjectProperty<LocalDate> snapshot = new SimpleObjectProperty<>(this, "snapshot");
    private final ObservableList<ConditionRow> conditions = FXCollections.observableArrayList(
            row -> new Observable[]{row.measureProperty(), row.operatorProperty(), row.valueProperty()});
    private final StringProperty rule = new SimpleStringProperty(this, "rule", "");
    private final StringProperty excludeSegments = new SimpleStringProperty(this, "excludeSegments", "");
    private final StringProperty excludeCampaigns = new SimpleStringProperty(this, "excludeCampaigns", "");
    private boolean loading;

    AudienceForm() {
        conditions.addListener((ListChangeListener<ConditionRow>) c -> {
            if (!loading) {
                rule.set(String.join(" AND ", conditions.stream().filter(r -> !r.blank()).map(ConditionRow::text)
                        .toList()));
            }
        });
    }

    /** Shows an audience; null shows an empty rule. */
    void load(Audience a) {
        loading = true;
        try {
            source.set(a != null && a.segment() != null ? Source.SEGMENT : Source.RULE);
            segment.set(a == null ? null : a.segment());
            events.set(a == null || a.events() == null ? NONE : a.events());
            users.set(a == null || a.users() == null ? NONE : a.users());
            snapshot.set(a == null ? null : a.snapshot());
            String text = a == null || a.rule() == null ? "" : a.rule();
            rule.set(text);
            conditions.setAll(rows(text));
            excludeSegments.set(a == null ? "" : FieldText.list(a.excludeSegments()));
            excludeCampaigns.set(a == null ? "" : FieldText.list(a.excludeCampaigns()));
        } finally {
            loading = false;
        }
    }

    /** The audience the fields make; a field that cannot be read is named in {@code out}. */
    Audience build(List<FieldProblem> out) {
        List<Long> excludedSegments = FieldText.wholes(excludeSegments.get(), "audience.exclude_segments", out);
        List<String> excludedCampaigns = FieldText.parts(excludeCampaigns.get());
        if (source.get() == Source.SEGMENT) {
            return new Audience(segment.get(), null, null, null, null, excludedSegments, excludedCampaigns);
        }
        return new Audience(null, rule.get(), dataset(events.get()), dataset(users.get()), snapshot.get(),
                excludedSegments, excludedCampaigns);
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
        return new Observable[]{source, segment, events, users, snapshot, rule, excludeSegments, excludeCampaigns};
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    /** The stored segment's id, for a segment audience. */
    public ObjectProperty<Long> segmentProperty() {
        return segment;
    }

    public ObjectProperty<String> eventsProperty() {
        return events;
    }

    public ObjectProperty<String> usersProperty() {
        return users;
    }

    public ObjectProperty<LocalDate> snapshotProperty() {
        return snapshot;
    }

    /** The rule's condition rows; an edit rewrites {@link #ruleProperty()}. */
    public ObservableList<ConditionRow> conditions() {
        return conditions;
    }

    /** The rule as its file holds it: the conditions joined with AND. */
    public StringProperty ruleProperty() {
        return rule;
    }

    /** Segment ids to leave out, separated by commas. */
    public StringProperty excludeSegmentsProperty() {
        return excludeSegments;
    }

    /** Campaign names to leave out, separated by commas. */
    public StringProperty excludeCampaignsProperty() {
        return excludeCampaigns;
    }
}
