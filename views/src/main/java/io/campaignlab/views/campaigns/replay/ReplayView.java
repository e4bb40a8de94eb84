package io.campaignlab.views.campaigns.replay;

import io.campaignlab.views.common.ComputedWhenShown;

import atlantafx.base.theme.Styles;
import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.campaigns.decide.DecisionTrace;
import io.campaignlab.views.common.Columns;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import io.campaignlab.views.jobs.JobExecutor;
import io.campaignlab.engine.workspace.WorkspaceContext;
import java.util.function.Supplier;

/**
 * The replay pane: the latest decisions on the left; on the right the id field and the decision's trace: who, when,
 * which campaign version and arm, the offer or why none, the holdout hash, each eligibility rule passed or failed,
 * the candidates' scores and costs, the caps hit, why the winner won, and the explanation.
 */
public final class ReplayView extends BorderPane implements ComputedWhenShown {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private final ReplayViewModel model;
    private final TableView<Decision> latest = new TableView<>();
    private final GridPane summary = new GridPane();
    private final TableView<DecisionTrace.RuleCheck> rules = new TableView<>();
    private final TableView<DecisionTrace.CandidateScore> candidates = new TableView<>();
    private final Label caps = new Label();
    private final Label why = new Label();
    private final Label explanation = new Label();
    private final VBox trace;

    /** The pane as the Campaigns section shows it. */
    public static ReplayView create(Supplier<WorkspaceContext> workspace, JobExecutor jobs,
                                    DecisionLookup lookup, ObjectProperty<String> campaign) {
        return new ReplayView(new ReplayViewModel(workspace, jobs, lookup, campaign));
    }

    public ReplayView(ReplayViewModel model) {
        this.model = model;
        getStyleClass().add("campaign-replay");
        TextField id = new TextField();
        id.setId("replay-id");
        id.setPromptText("decision id");
        id.textProperty().bindBidirectional(model.id());
        id.setOnAction(e -> model.replay());
        HBox.setHgrow(id, Priority.ALWAYS);
        Button replay = new Button("Replay");
        replay.setId("replay-run");
        replay.getStyleClass().add(Styles.ACCENT);
        replay.setOnAction(e -> model.replay());
        Label message = new Label();
        message.setId("replay-message");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(model.message());
        message.setWrapText(true);
        HBox ask = new HBox(8, new Label("Decision"), id, replay);
        ask.setAlignment(Pos.CENTER_LEFT);
        trace = new VBox(8, section("Eligibility rules"), rules, section("Candidates"), candidates,
                section("Caps hit"), caps, section("Why"), why, section("Explanation"), explanation);
        VBox right = new VBox(8, ask, message, summary, trace);
        right.setPadding(new Insets(8, 10, 10, 10));
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(latestList(), scroll);
        split.setDividerPositions(0.3);
        setCenter(split);
        buildTables();
        summary.setHgap(14);
        summary.setVgap(3);
        summary.setId("replay-summary");
        for (Label l : new Label[]{caps, why, explanation}) {
            l.setWrapText(true);
        }
        caps.setId("replay-caps");
        why.setId("replay-why");
        explanation.setId("replay-explanation");
        model.decision().addListener((o, old, now) -> show(now));
        show(null);
        model.refresh();
    }

    private VBox latestList() {
        latest.setId("replay-latest");
        latest.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        latest.getColumns().add(Columns.unsorted(Columns.text("Time", 100, d -> TIME.format(d.decidedAt())
                .substring(11, 23))));
        latest.getColumns().add(Columns.unsorted(Columns.text("User", 80, Decision::userId)));
        latest.getColumns().add(Columns.unsorted(Columns.text("Offer", 90, d -> d.offer() == null
                ? "(" + (d.trace().fallback() == null ? "none" : d.trace().fallback()) + ")" : d.offer())));
        latest.setItems(model.latest());
        latest.setPlaceholder(new Label("No decision logged yet."));
        latest.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> model.pick(now));
        Button refresh = new Button("Refresh");
        refresh.setId("replay-refresh");
        refresh.setOnAction(e -> model.refresh());
        Label title = new Label("Latest decisions");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        HBox head = new HBox(8, title, refresh);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, head, latest);
        VBox.setVgrow(latest, Priority.ALWAYS);
        box.setPadding(new Insets(8, 6, 8, 10));
        box.setMinWidth(220);
        return box;
    }

    private void buildTables() {
        rules.setId("replay-rules");
        rules.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rules.getColumns().add(Columns.unsorted(Columns.text("Offer", 110, DecisionTrace.RuleCheck::offer)));
        rules.getColumns().add(Columns.unsorted(Columns.text("Condition", 200, DecisionTrace.RuleCheck::condition)));
        rules.getColumns().add(Columns.unsorted(Columns.text("Result", 70, r -> r.passed() ? "passed" : "failed")));
        rules.getColumns().add(Columns.unsorted(Columns.text("Note", 200, DecisionTrace.RuleCheck::note)));
        rules.setPlaceholder(new Label("No eligibility rule was tested (holdout, or offers without rules)."));
        rules.setPrefHeight(150);
        candidates.setId("replay-candidates");
        candidates.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        candidates.getColumns().add(Columns.unsorted(Columns.text("Offer", 140, c -> c.offer()
                + (c.offer().equals(model.decision().get() == null ? null : model.decision().get().offer())
                ? "  ★ winner" : ""))));
        candidates.getColumns().add(Columns.unsorted(Columns.right(Columns.text("Score", 100,
                c -> String.format(Locale.ROOT, "%.4g", c.score())), true)));
        candidates.getColumns().add(Columns.unsorted(Columns.right(Columns.text("Cost", 100,
                c -> String.format(Locale.ROOT, "%d cents", c.costCents())), true)));
        candidates.setPlaceholder(new Label("No eligible candidate."));
        candidates.setPrefHeight(130);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    private void show(Decision d) {
        summary.getChildren().clear();
        trace.setVisible(d != null);
        trace.setManaged(d != null);
        if (d == null) {
            rules.getItems().clear();
            candidates.getItems().clear();
            return;
        }
        DecisionTrace t = d.trace();
        row(0, "Decision", d.decisionId());
        row(1, "User", d.userId());
        row(2, "Decided at", TIME.format(d.decidedAt()));
        row(3, "Campaign", d.campaign() + " version " + d.version() + ", arm " + d.arm());
        row(4, "Offer", d.offer() == null ? "none (" + t.fallback() + ")" : String.format(Locale.ROOT,
                "%s: %s %s off, score %.4g, cost %d cents", d.offer(), d.discount(), d.discountUnit(), d.score(),
                d.costCents()) + slots(d));
        row(5, "Holdout", String.format(Locale.ROOT, "hash %.4f against a share of %.2f → %s", t.holdoutU(),
                t.holdoutShare(), t.holdoutU() < t.holdoutShare() ? "held out" : "treated"));
        row(6, "Policy", t.policy() + ", segment " + t.segment());
        rules.getItems().setAll(t.rules());
        candidates.getItems().setAll(t.candidates());
        caps.setText(t.capsHit().isEmpty() ? "None." : String.join("; ", t.capsHit()));
        why.setText(t.winner());
        DecisionTrace.Explanation how = t.explained();
        explanation.setText(d.explanation().isEmpty() ? (how != null && how.note() != null ? "None: " + how.note()
                : "No feature contributions are recorded for this decision.")
                : d.explanation().stream().map(c -> String.format(Locale.ROOT, "%s %+.4g", c.feature(),
                c.contribution())).collect(java.util.stream.Collectors.joining(" · "))
                + (how == null || how.method() == null ? "" : "\nRun " + how.run() + ": " + how.method()));
    }

    /** A recommendation's items by name, and whether popularity filled them (a cold start). */
    private static String slots(Decision d) {
        if (d.slots().isEmpty()) {
            return "";
        }
        String items = d.slots().stream().map(s -> s.name() == null ? s.item() : s.name() + " (" + s.item() + ")")
                .collect(java.util.stream.Collectors.joining(", "));
        var r = d.trace().recommendation();
        return "; slots: " + items + (r != null && r.coldStart() ? " (" + r.source() + ", cold start: " + r.why()
                + ")" : "");
    }

    private void row(int at, String name, String value) {
        Label n = new Label(name);
        n.getStyleClass().add(Styles.TEXT_MUTED);
        Label v = new Label(value);
        v.setId("replay-" + name.toLowerCase(Locale.ROOT).replace(' ', '-'));
        v.setWrapText(true);
        summary.addRow(at, n, v);
    }

    public ReplayViewModel viewModel() {
        return model;
    }

    public TableView<DecisionTrace.RuleCheck> rulesTable() {
        return rules;
    }

    public TableView<DecisionTrace.CandidateScore> candidatesTable() {
        return candidates;
    }

    public TableView<Decision> latestTable() {
        return latest;
    }

    public Label whyLabel() {
        return why;
    }

    /** Replays the latest decision once the latest decisions are listed (as the snapshot's {@code --tab replay}). */
    @Override
    public void computeWhenShown() {
        if (!model.latest().isEmpty()) {
            model.pick(model.latest().get(0));
            return;
        }
        model.latest().addListener(new javafx.collections.ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends io.campaignlab.engine.campaigns.decide.Decision> change) {
                if (!model.latest().isEmpty()) {
                    model.latest().removeListener(this);
                    javafx.application.Platform.runLater(() -> model.pick(model.latest().get(0)));
                }
            }
        });
    }
}
