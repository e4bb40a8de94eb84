package io.campaignlab.views.explain;

import io.campaignlab.engine.explain.Attribution;
import io.campaignlab.engine.explain.RowExplanation;
import io.campaignlab.engine.explain.WhatIfResult;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.views.models.RunRow;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Supplier;

/**
 * One prediction explained (the stored example, or any row asked for by id) and what-if edits of it: pick a column,
 * type a value, and see the new score and attributions beside the old. The model work runs as jobs on the selected
 * run's session. Never touches a node.
 */
public final class RowExplainViewModel {

    /** What the prediction pane says before any row is explained. */
    public static final String ASK = "Type a row id (the _row of the run's dataset) and press Explain, or take the"
            + " top-scored validation row.";
    /** What the what-if pane says before an edit. */
    public static final String ASK_WHAT_IF = "Pick a column of the explained row, type a new value and press Try:"
            + " the new score and attributions appear beside the old.";

    private static final Logger LOG = LoggerFactory.getLogger(RowExplainViewModel.class);

    private final Supplier<RunRow> run;
    private final ExplainSessions sessions;
    private final StringProperty rowText = new SimpleStringProperty(this, "rowText", "");
    private final ReadOnlyObjectWrapper<RowExplanation> explanation = new ReadOnlyObjectWrapper<>(this,
            "explanation");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", ASK);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObjectProperty<String> column = new SimpleObjectProperty<>(this, "column");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final ReadOnlyObjectWrapper<WhatIfResult> whatIf = new ReadOnlyObjectWrapper<>(this, "whatIf");
    private final ReadOnlyStringWrapper whatIfMessage = new ReadOnlyStringWrapper(this, "whatIfMessage",
            ASK_WHAT_IF);
    private final ReadOnlyBooleanWrapper whatIfBusy = new ReadOnlyBooleanWrapper(this, "whatIfBusy");
    private final ExplainedRow row = new ExplainedRow(rowText, explanation.getReadOnlyProperty(),
            message.getReadOnlyProperty(), status.getReadOnlyProperty(), busy.getReadOnlyProperty());
    private final WhatIfEdit whatIfEdit = new WhatIfEdit(columns, column, value, whatIf.getReadOnlyProperty(),
            whatIfMessage.getReadOnlyProperty(), whatIfBusy.getReadOnlyProperty());

    RowExplainViewModel(Supplier<RunRow> run, ExplainSessions sessions) {
        this.run = run;
        this.sessions = sessions;
        column.addListener((o, old, now) -> value.set(now == null ? "" : currentValue(now)));
    }

    /** Shows the example stored with the run's explanation. */
    void showStored(RowExplanation stored) {
        show(stored, "The validation row the model scores highest, stored with the explanation.");
    }

    /** Forgets the row (the run changed). */
    void clear(String why) {
        explanation.set(null);
        rowText.set("");
        status.set("");
        busy.set(false);
        columns.clear();
        column.set(null);
        whatIf.set(null);
        whatIfBusy.set(false);
        whatIfMessage.set(ASK_WHAT_IF);
        message.set(why);
    }

    private void show(RowExplanation row, String what) {
        explanation.set(row);
        rowText.set(String.valueOf(row.rowId()));
        status.set(what);
        message.set("");
        columns.setAll(row.columns());
        whatIf.set(null);
        whatIfMessage.set(ASK_WHAT_IF);
        String preferred = row.columns().isEmpty() ? null : row.columns().get(0);
        for (Attribution a : row.shapley().attributions()) {
            if (row.columns().contains(a.player())) {
                preferred = a.player();
                break;
            }
        }
        column.set(null);
        column.set(preferred);
    }

    /** Explains the row whose id is typed. */
    public void explainRow() {
        RunRow selected = run.get();
        if (selected == null || busy.get()) {
            return;
        }
        long rowId;
        try {
            rowId = Long.parseLong(rowText.get().trim());
        } catch (NumberFormatException e) {
            message.set("'" + rowText.get().trim() + "' is not a row id; type the _row number of a row of "
                    + selected.dataset() + ".");
            explanation.set(null);
            return;
        }
        busy.set(true);
        message.set(explanation.get() == null ? "Explaining row " + rowId + "…" : "");
        status.set("Explaining row " + rowId + "…");
        sessions.run(selected.id(), selected.label(), "Explain row " + rowId + " of run " + selected.label(),
                (session, progress, cancel) -> session.explain(rowId), row -> {
                    busy.set(false);
                    show(row, "Row " + rowId + " of " + selected.dataset() + ", explained just now.");
                }, error -> failed("Could not explain row " + rowId, error));
    }

    /** Explains the latest row of the user whose id is typed (as the dataset stores it). */
    public void explainUser() {
        RunRow selected = run.get();
        String user = rowText.get() == null ? "" : rowText.get().strip();
        if (selected == null || busy.get()) {
            return;
        }
        if (user.isEmpty()) {
            message.set("Type a user id of " + selected.dataset() + " to explain that user's latest row.");
            explanation.set(null);
            return;
        }
        busy.set(true);
        message.set(explanation.get() == null ? "Explaining user " + user + "…" : "");
        status.set("Explaining user " + user + "'s latest row…");
        sessions.run(selected.id(), selected.label(), "Explain user " + user + " of run " + selected.label(),
                (session, progress, cancel) -> session.explain(session.latestRowOf(user, cancel)), row -> {
                    busy.set(false);
                    show(row, "User " + user + "'s latest row (row " + row.rowId() + " of " + selected.dataset()
                            + "), explained just now.");
                }, error -> failed("Could not explain user " + user, error));
    }

    /** Explains the validation row the model scores highest. */
    public void explainTopRow() {
        RunRow selected = run.get();
        if (selected == null || busy.get()) {
            return;
        }
        busy.set(true);
        status.set("Finding the top-scored validation row…");
        if (explanation.get() == null) {
            message.set("Finding and explaining the top-scored validation row…");
        }
        sessions.run(selected.id(), selected.label(), "Explain the top-scored row of run " + selected.label(),
                (session, progress, cancel) -> session.explain(session.topValidationRows(1)[0]), row -> {
                    busy.set(false);
                    show(row, "The validation row the model scores highest.");
                }, error -> failed("Could not explain the top-scored row", error));
    }

    private void failed(String what, Throwable error) {
        busy.set(false);
        if (error instanceof CancelledException) {
            status.set("Cancelled.");
            if (explanation.get() == null) {
                message.set(ASK);
            }
            return;
        }
        LOG.warn("{}", what, error);
        String sentence = what + ": " + error.getMessage();
        status.set(sentence);
        if (explanation.get() == null) {
            message.set(sentence);
        }
    }

    /** Explains the row again with the chosen column set to the typed value. */
    public void tryWhatIf() {
        RunRow selected = run.get();
        RowExplanation row = explanation.get();
        String edited = column.get();
        if (selected == null || row == null || edited == null || whatIfBusy.get()) {
            return;
        }
        String newValue = value.get() == null ? "" : value.get();
        whatIfBusy.set(true);
        whatIfMessage.set("Explaining row " + row.rowId() + " with " + edited + " = " + newValue + "…");
        sessions.run(selected.id(), selected.label(), "What if " + edited + " = " + newValue + " (row " + row.rowId()
                        + ", run " + selected.label() + ")",
                (session, progress, cancel) -> session.whatIf(row.rowId(), edited, newValue), result -> {
                    whatIfBusy.set(false);
                    whatIf.set(result);
                    double change = result.after().prediction() - result.before().prediction();
                    whatIfMessage.set(String.format(java.util.Locale.ROOT, "%s: %s → %s · score %s → %s (%s)",
                            result.column(), result.oldValue(), result.newValue(),
                            ExplainFormats.score(result.before().prediction()),
                            ExplainFormats.score(result.after().prediction()), ExplainFormats.signed(change)));
                }, error -> {
                    whatIfBusy.set(false);
                    whatIf.set(null);
                    if (error instanceof CancelledException) {
                        whatIfMessage.set("Cancelled.");
                    } else {
                        LOG.warn("What-if failed", error);
                        whatIfMessage.set("Could not try " + edited + " = " + newValue + ": " + error.getMessage());
                    }
                });
    }

    /** The explained row's value of a column, as text; empty when unknown. */
    public String currentValue(String name) {
        RowExplanation row = explanation.get();
        if (row == null) {
            return "";
        }
        int i = row.columns().indexOf(name);
        return i < 0 || i >= row.values().size() || row.values().get(i) == null ? "" : row.values().get(i);
    }

    /** The shown row as a waterfall, or null. */
    public Waterfall waterfall() {
        return explanation.get() == null ? null : Waterfall.of(explanation.get().shapley());
    }

    /** The row asked for and its explanation. */
    public ExplainedRow row() {
        return row;
    }

    /** The what-if edit of the explained row and its outcome. */
    public WhatIfEdit whatIf() {
        return whatIfEdit;
    }
}
