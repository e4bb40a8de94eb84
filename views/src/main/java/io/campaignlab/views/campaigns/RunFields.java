package io.campaignlab.views.campaigns;

import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

import java.util.Optional;

/**
 * The designer's run pickers: a run id field shown as a choice among the runs that fit (the id kept as text, so
 * that a design naming a run this workspace lacks is shown, said, and written back as it was), and a picker that
 * adds a run to a list of ids (a dynamic discount's response runs, one per level).
 */
final class RunFields {

    private RunFields() {
    }

    /** A choice among {@code runs} that writes the chosen run's id into {@code run}, and shows the run it holds. */
    static ComboBox<RunChoice> single(String id, ObservableList<RunChoice> runs, StringProperty run) {
        ComboBox<RunChoice> box = new ComboBox<>(runs);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        Runnable pull = () -> {
            String text = run.get() == null ? "" : run.get().strip();
            Optional<RunChoice> found = box.getItems().stream().filter(r -> String.valueOf(r.id()).equals(text))
                    .findFirst();
            if (found.orElse(null) != box.getValue()) {
                box.setValue(found.orElse(null));
            }
            box.setPromptText(text.isEmpty() ? (box.getItems().isEmpty() ? "no run fits yet: train one" : "pick a run")
                    : found.isEmpty() ? "run " + text + " (not in this workspace)" : "");
        };
        run.addListener((o, was, now) -> pull.run());
        box.itemsProperty().addListener((o, was, now) -> pull.run());
        runs.addListener((ListChangeListener<RunChoice>) c -> pull.run());
        box.valueProperty().addListener((o, was, chosen) -> {
            if (chosen != null && !String.valueOf(chosen.id()).equals(run.get() == null ? "" : run.get().strip())) {
                run.set(String.valueOf(chosen.id()));
            }
        });
        pull.run();
        return box;
    }

    /** A picker that appends the chosen run's id to the comma-separated ids of {@code list}. */
    static ComboBox<RunChoice> appending(String id, ObservableList<RunChoice> runs, StringProperty list) {
        ComboBox<RunChoice> box = new ComboBox<>(runs);
        box.setId(id);
        box.setPromptText("add a run…");
        box.setOnAction(e -> {
            RunChoice chosen = box.getValue();
            if (chosen != null) {
                String now = list.get() == null ? "" : list.get().strip();
                list.set(now.isEmpty() ? String.valueOf(chosen.id()) : now + ", " + chosen.id());
                Platform.runLater(() -> box.getSelectionModel().clearSelection());
            }
        });
        return box;
    }
}
