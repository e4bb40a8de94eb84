package io.campaignlab.views.explain;

import io.campaignlab.engine.explain.AudienceComparison;
import io.campaignlab.engine.jobs.CancelledException;
import io.campaignlab.views.models.RunRow;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
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
    private final AudienceSettings settings = AudienceSettings.defaults();
    private final ReadOnlyObjectWrapper<AudienceComparison> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyIntegerWrapper shownK = new ReadOnlyIntegerWrapper(this, "shownK");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", ASK);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final AudienceReadout readout = new AudienceReadout(result.getReadOnlyProperty(),
            shownK.getReadOnlyProperty(), message.getReadOnlyProperty(), busy.getReadOnlyProperty());

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
        int size = settings.k().get() == null ? 200 : settings.k().get();
        int rows = settings.sample().get() == null ? 100 : settings.sample().get();
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

    /** The sizes offered and chosen. */
    public AudienceSettings settings() {
        return settings;
    }

    /** The comparison and what the pane says. */
    public AudienceReadout readout() {
        return readout;
    }
}
