package io.campaignlab.views.explain;

import io.campaignlab.engine.explain.AudienceComparison;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.views.models.RunRow;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Why an audience is targeted: the top-k validation rows by score against the validation population, each field's
 * mean attribution in both, as a job on the selected run's session. Never touches a node.
 */
public final class AudienceViewModel {

    /** What the pane says before a comparison. */
    public static final String ASK = "Choose how many top-scored validation rows make the audience and press"
            + " Compare: each field's mean push in the audience is set against the validation population's.";
    /** Audience sizes offered. */
    public static final List<Integer> SIZES = List.of(50, 100, 200, 500, 1000, 2000);
    /** Rows explained on each side, offered. */
    public static final List<Integer> SAMPLES = List.of(50, 100, 200, 400);

    private static final Logger LOG = LoggerFactory.getLogger(AudienceViewModel.class);

    private final Supplier<RunRow> run;
    private final ExplainSessions sessions;
    private final ObservableList<Integer> sizes = FXCollections.observableArrayList(SIZES);
    private final ObservableList<Integer> samples = FXCollections.observableArrayList(SAMPLES);
    private final ObjectProperty<Integer> k = new SimpleObjectProperty<>(this, "k", 200);
    private final ObjectProperty<Integer> sample = new SimpleObjectProperty<>(this, "sample", 100);
    private final ReadOnlyObjectWrapper<AudienceComparison> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyIntegerWrapper shownK = new ReadOnlyIntegerWrapper(this, "shownK");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", ASK);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    AudienceViewModel(Supplier<RunRow> run, ExplainSessions sessions) {
        this.run = run;
        this.sessions = sessions;
    }

    /** Compares the top-k audience with the population. */
    public void compare() {
        RunRow selected = run.get();
        if (selected == null || busy.get()) {
            return;
        }
        int size = k.get() == null ? 200 : k.get();
        int rows = sample.get() == null ? 100 : sample.get();
        busy.set(true);
        message.set("Explaining " + rows + " rows of the top " + size + " and " + rows + " of the population…");
        sessions.run(selected.id(), selected.label(), "Explain the top " + size + " audience of run "
                        + selected.label(),
                (session, progress, cancel) -> session.audience(session.topValidationRows(size), rows, progress,
                        cancel), comparison -> {
                    busy.set(false);
                    shownK.set(size);
                    result.set(comparison);
                    message.set(String.format(Locale.ROOT, "Top %,d validation rows: mean score %s against %s in the"
                                    + " validation population (%s).", size,
                            ExplainFormats.score(comparison.audiencePrediction()),
                            ExplainFormats.score(comparison.populationPrediction()), ExplainFormats.signed(
                                    comparison.audiencePrediction() - comparison.populationPrediction())));
                }, error -> {
                    busy.set(false);
                    if (error instanceof CancelledException) {
                        message.set(result.get() == null ? ASK : "Cancelled; showing the last comparison.");
                        return;
                    }
                    LOG.warn("Audience comparison failed", error);
                    result.set(null);
                    message.set("Could not compare the audience: " + error.getMessage());
                });
    }

    /** Forgets the comparison (the run changed). */
    void clear() {
        result.set(null);
        busy.set(false);
        message.set(ASK);
    }

    public ObservableList<Integer> sizes() {
        return sizes;
    }

    public ObservableList<Integer> samples() {
        return samples;
    }

    /** Audience size: the top k validation rows by score. */
    public ObjectProperty<Integer> kProperty() {
        return k;
    }

    /** Rows explained on each side. */
    public ObjectProperty<Integer> sampleProperty() {
        return sample;
    }

    public ReadOnlyObjectProperty<AudienceComparison> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The k of the comparison shown. */
    public ReadOnlyIntegerProperty shownKProperty() {
        return shownK.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
