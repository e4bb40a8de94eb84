package io.campaignlab.views.models;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

import java.util.function.Function;

/**
 * A model run in a run picker: label, dataset, test AUC and, in the open list, when it started; then what the
 * section adds (" · explained").
 */
public final class RunCell extends ListCell<RunRow> {

    private final boolean brief;
    private final Function<RunRow, String> suffix;

    /**
     * @param brief  the picker's button, without the start time
     * @param suffix what the section adds to a run's line, often empty
     */
    public RunCell(boolean brief, Function<RunRow, String> suffix) {
        this.brief = brief;
        this.suffix = suffix;
    }

    /** A run picker: the runs, bound both ways to the selected run. */
    public static ComboBox<RunRow> picker(String id, ObservableList<RunRow> runs, ObjectProperty<RunRow> run,
                                          Function<RunRow, String> suffix) {
        ComboBox<RunRow> picker = new ComboBox<>(runs);
        picker.setId(id);
        picker.valueProperty().bindBidirectional(run);
        picker.setCellFactory(list -> new RunCell(false, suffix));
        picker.setButtonCell(new RunCell(true, suffix));
        picker.setPromptText("completed run");
        return picker;
    }

    @Override
    protected void updateItem(RunRow item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            return;
        }
        String auc = item.testAuc() == null ? "" : " · AUC " + ModelFormats.auc(item.testAuc());
        setText(item.label() + " · " + item.dataset() + auc + (brief ? "" : " · "
                + ModelFormats.started(item.startedAt())) + suffix.apply(item));
    }
}
