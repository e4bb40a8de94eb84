package io.campaignlab.views.jobs;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The controls every section shows beside the button that starts a job: Cancel and a progress bar while the job
 * runs, and the slot's message (or another text the caller gives). Bound to one {@link JobSlot}; the ids are
 * {@code PREFIX-cancel}, {@code PREFIX-bar} and {@code PREFIX-progress}.
 */
public final class JobControls {

    private static final double BAR_WIDTH = 110;

    private final Button cancel;
    private final ProgressBar bar;
    private final Label text;
    private final HBox box;

    private JobControls(JobSlot slot, String idPrefix, ObservableStringValue message) {
        cancel = new Button("Cancel", new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        cancel.setId(idPrefix + "-cancel");
        cancel.setMinWidth(Button.USE_PREF_SIZE);
        cancel.visibleProperty().bind(slot.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> slot.cancel());
        bar = new ProgressBar();
        bar.setId(idPrefix + "-bar");
        bar.progressProperty().bind(slot.progressProperty());
        bar.visibleProperty().bind(slot.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        bar.setPrefWidth(BAR_WIDTH);
        bar.setMinWidth(BAR_WIDTH);
        text = new Label();
        text.setId(idPrefix + "-progress");
        text.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        text.textProperty().bind(message);
        box = new HBox(8, cancel, bar, text);
        box.setAlignment(Pos.CENTER_LEFT);
    }

    /** Cancel, bar and the slot's own message. */
    public static JobControls of(JobSlot slot, String idPrefix) {
        return new JobControls(slot, idPrefix, slot.messageProperty());
    }

    /** Cancel, bar and a text of the caller's (for example a problem that overrides the slot's message). */
    public static JobControls of(JobSlot slot, String idPrefix, ObservableStringValue message) {
        return new JobControls(slot, idPrefix, message);
    }

    /** Cancel, bar and text in a row, to put after the start button. */
    public HBox node() {
        return box;
    }

    /** The row with the start button first. */
    public HBox withStart(Button start) {
        start.setMinWidth(Button.USE_PREF_SIZE);
        box.getChildren().add(0, start);
        return box;
    }

    /**
     * For a narrow pane: the start button, Cancel and a bar that takes the width left in a row, and the text wrapped
     * below it. The buttons keep their words while the job runs.
     */
    public VBox stacked(Button start) {
        withStart(start);
        box.getChildren().remove(text);
        bar.setMinWidth(0);
        bar.setPrefWidth(40);
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        text.setWrapText(true);
        return new VBox(8, box, text);
    }

    public Button cancel() {
        return cancel;
    }

    public ProgressBar bar() {
        return bar;
    }

    public Label text() {
        return text;
    }
}
