package io.campaignlab.views.campaigns;

import atlantafx.base.theme.Styles;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Policy;
import io.campaignlab.views.jobs.JobControls;
import io.campaignlab.views.segments.ConditionRow;
import io.campaignlab.views.segments.ConditionRowEditor;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.List;

/**
 * The Design tab: objective and audience (a stored segment, or a rule of condition rows with score and uplift
 * thresholds, and exclusions) with the live size on the left; the offers on the right; policy and constraints below.
 * Each field shows its problems beneath it. A frozen version or a stopped campaign is shown read-only. Thin
 * code-behind over {@link DesignerViewModel}.
 */
final class DesignerView extends ScrollPane {

    private final DesignerViewModel viewModel;
    private final VBox conditionRows = new VBox(6);

    DesignerView(DesignerViewModel viewModel) {
        this.viewModel = viewModel;
        setId("campaign-designer");
        getStyleClass().add("campaign-designer");
        setFitToWidth(true);
        Label readOnly = new Label("A frozen version or a stopped campaign: read-only. Choose the draft to edit.");
        readOnly.getStyleClass().addAll(Styles.TEXT_MUTED, "campaign-read-only");
        readOnly.visibleProperty().bind(viewModel.editableProperty().not().and(viewModel.shownProperty()));
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        Label summary = new Label();
        summary.setId("campaign-problems");
        summary.getStyleClass().addAll(Styles.DANGER);
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.createStringBinding(() -> summary(viewModel.problems().size()),
                viewModel.problems()));
        summary.visibleProperty().bind(summary.textProperty().isNotEmpty().and(viewModel.editableProperty()));
        summary.managedProperty().bind(summary.visibleProperty());

        GridPane columns = new GridPane();
        columns.setHgap(28);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        columns.getColumnConstraints().setAll(half, half);
        columns.add(audience(), 0, 0);
        columns.add(new OffersView(viewModel), 1, 0);
        VBox fields = new VBox(14, columns, limits(columns.getColumnConstraints()));
        fields.disableProperty().bind(viewModel.editableProperty().not());
        VBox content = new VBox(10, readOnly, summary, fields);
        content.setPadding(new Insets(12));
        content.visibleProperty().bind(viewModel.shownProperty());
        setContent(content);
    }

    private static String summary(int problems) {
        return problems == 0 ? "" : (problems == 1 ? "1 problem" : problems + " problems") + ", marked beside the"
                + " fields: Save draft and Publish wait until they are fixed.";
    }

    private Node audience() {
        AudienceForm a = viewModel.form().audience();
        ChoiceBox<Objective> objective = FieldRows.choice("campaign-objective", Objective::id,
                List.of(Objective.values()));
        objective.valueProperty().bindBidirectional(viewModel.form().objectiveProperty());
        ChoiceBox<AudienceForm.Source> source = new ChoiceBox<>();
        source.setId("campaign-audience-source");
        source.getItems().setAll(AudienceForm.Source.values());
        source.valueProperty().bindBidirectional(a.fields().source());

        VBox segment = FieldRows.row("Segment", segmentPicker(a), viewModel.problemAt("audience.segment"));
        VBox rule = new VBox(4, FieldRows.row("Behaviour from", combo("campaign-events", viewModel.eventDatasets(),
                        a.fields().events()), viewModel.problemAt("audience.events")),
                FieldRows.row("Users from", combo("campaign-users", viewModel.userDatasets(), a.fields().users()),
                        viewModel.problemAt("audience.users")),
                FieldRows.row("Windows end at", date("campaign-snapshot", "day after the last event",
                        a.fields().snapshot()), viewModel.problemAt("audience.snapshot")),
                conditionsCaption(), conditionRows, addCondition(a), FieldRows.problem(viewModel.problemAt("audience.rule")));
        segment.visibleProperty().bind(a.fields().source().isEqualTo(AudienceForm.Source.SEGMENT));
        segment.managedProperty().bind(segment.visibleProperty());
        rule.visibleProperty().bind(a.fields().source().isEqualTo(AudienceForm.Source.RULE));
        rule.managedProperty().bind(rule.visibleProperty());
        a.conditions().addListener((ListChangeListener<ConditionRow>) c -> {
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
            }
            if (structural) {
                rebuildConditions();
            }
        });
        rebuildConditions();

        Label size = new Label();
        size.setId("campaign-size");
        size.getStyleClass().add(Styles.TEXT_BOLD);
        size.setWrapText(true);
        size.textProperty().bind(viewModel.sizeProperty());
        JobControls counting = JobControls.of(viewModel.counting(), "campaign-count",
                new javafx.beans.property.SimpleStringProperty(""));
        return new VBox(6, FieldRows.heading("Objective and audience"),
                FieldRows.row("Objective", objective, viewModel.problemAt("objective")),
                FieldRows.row("Audience", source, viewModel.problemOnly("audience")),
                FieldRows.row("Live size", new VBox(2, size, counting.node()), viewModel.problemOnly("")),
                segment, rule,
                FieldRows.row("Exclude segments", bound("campaign-exclude-segments", "segment ids, e.g. 3, 5",
                        a.fields().excludeSegments()), viewModel.problemAt("audience.exclude_segments")),
                FieldRows.row("Exclude campaigns", bound("campaign-exclude-campaigns", "campaign names, by commas",
                        a.fields().excludeCampaigns()), viewModel.problemAt("audience.exclude_campaigns")));
    }

    private static Node conditionsCaption() {
        Label caption = new Label("Users for whom all of these hold; score:runN and uplift:runM set model"
                + " thresholds:");
        caption.setWrapText(true);
        caption.getStyleClass().add(Styles.TEXT_SMALL);
        return caption;
    }

    private Node segmentPicker(AudienceForm a) {
        ComboBox<CampaignStore.SegmentChoice> box = new ComboBox<>(viewModel.segments());
        box.setId("campaign-segment");
        box.setPromptText("a stored segment");
        Runnable pull = () -> {
            Long id = a.fields().segment().get();
            CampaignStore.SegmentChoice found = id == null ? null : viewModel.segments().stream()
                    .filter(s -> s.id() == id).findFirst().orElse(null);
            if (found != box.getValue()) {
                box.setValue(found);
            }
            box.setPromptText(id != null && found == null ? "segment " + id + " (not in this workspace)"
                    : "a stored segment");
        };
        a.fields().segment().addListener((o, x, y) -> pull.run());
        viewModel.segments().addListener((ListChangeListener<CampaignStore.SegmentChoice>) c -> pull.run());
        box.valueProperty().addListener((o, x, chosen) -> {
            if (chosen != null) {
                a.fields().segment().set(chosen.id());
            }
        });
        pull.run();
        return box;
    }

    private Node addCondition(AudienceForm a) {
        Button add = new Button("Add condition", new FontIcon(MaterialDesignP.PLUS));
        add.setId("campaign-add-condition");
        add.setOnAction(e -> a.addCondition());
        return add;
    }

    private void rebuildConditions() {
        AudienceForm a = viewModel.form().audience();
        conditionRows.getChildren().clear();
        for (int i = 0; i < a.conditions().size(); i++) {
            ConditionRow row = a.conditions().get(i);
            Node editor = ConditionRowEditor.of(row, viewModel.measures(), i == 0, () -> a.removeCondition(row));
            if (editor.lookup(".rule-measure") instanceof Region measure) {
                measure.setPrefWidth(210);
                measure.setMinWidth(140);
            }
            if (editor.lookup(".rule-operator") instanceof Region operator) {
                operator.setPrefWidth(72);
                operator.setMinWidth(60);
            }
            if (editor.lookup(".rule-value") instanceof TextField value) {
                value.setPrefColumnCount(6);
            }
            conditionRows.getChildren().add(editor);
        }
    }

    private Node limits(java.util.List<ColumnConstraints> halves) {
        LimitsForm l = viewModel.form().limits();
        ChoiceBox<Policy.Kind> policy = FieldRows.choice("campaign-policy", DesignerView::policyName,
                List.of(Policy.Kind.values()));
        policy.valueProperty().bindBidirectional(l.fields().policy());
        TextField epsilon = bound("campaign-epsilon", "ε, e.g. 0.1", l.fields().epsilon());
        epsilon.setPrefColumnCount(5);
        epsilon.visibleProperty().bind(l.fields().policy().isEqualTo(Policy.Kind.EPSILON_GREEDY));
        epsilon.managedProperty().bind(epsilon.visibleProperty());
        ChoiceBox<LimitsForm.CapPeriod> per = new ChoiceBox<>();
        per.setId("campaign-cap-per");
        per.getItems().setAll(LimitsForm.CapPeriod.values());
        per.valueProperty().bindBidirectional(l.fields().capPer());
        TextField capMax = bound("campaign-cap-max", "offers", l.fields().capMax());
        capMax.setPrefColumnCount(4);
        VBox left = new VBox(6,
                FieldRows.row("Policy", FieldRows.inline(policy, epsilon), viewModel.problemAt("policy")),
                FieldRows.row("Budget", bound("campaign-budget", "money, e.g. 5000", l.fields().budget()),
                        viewModel.problemAt("constraints.budget")),
                FieldRows.row("Frequency cap", FieldRows.inline(capMax, per),
                        viewModel.problemAt("constraints.frequency_cap")),
                FieldRows.row("Holdout share", bound("campaign-holdout", "0 to 0.5, e.g. 0.1", l.fields().holdout()),
                        viewModel.problemAt("constraints.holdout")));
        VBox right = new VBox(6,
                FieldRows.row("Exclusion group", bound("campaign-exclusion-group", "campaigns of a group never both"
                        + " serve a user", l.fields().exclusionGroup()), viewModel.problemAt(
                        "constraints.exclusion_group")),
                FieldRows.row("Start", date("campaign-start", "from publication", l.fields().start()),
                        viewModel.problemAt("constraints.start")),
                FieldRows.row("End", date("campaign-end", "until stopped", l.fields().end()),
                        viewModel.problemAt("constraints.end")));
        GridPane grid = new GridPane();
        grid.setHgap(28);
        grid.getColumnConstraints().setAll(halves);
        grid.add(left, 0, 0);
        grid.add(right, 1, 0);
        return new VBox(6, FieldRows.heading("Policy and constraints"), grid);
    }

    private static String policyName(Policy.Kind kind) {
        return switch (kind) {
            case GREEDY -> "greedy on expected value";
            case EPSILON_GREEDY -> "ε-greedy";
            case THOMPSON -> "Thompson sampling";
        };
    }

    private static TextField bound(String id, String prompt, javafx.beans.property.StringProperty property) {
        TextField field = FieldRows.text(id, 12, prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static ComboBox<String> combo(String id, javafx.collections.ObservableList<String> items,
                                          javafx.beans.property.ObjectProperty<String> value) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static DatePicker date(String id, String prompt, javafx.beans.property.ObjectProperty<java.time.LocalDate>
            value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }
}
