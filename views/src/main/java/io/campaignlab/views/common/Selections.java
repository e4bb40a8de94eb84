package io.campaignlab.views.common;

import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.SelectionModel;

import java.util.function.Consumer;

/**
 * Keeps the selection of a table or list and the item a view model shows the same, both ways, without echo: the
 * user's choice goes to the view model, and the view model's item is selected.
 */
public final class Selections {

    private Selections() {
    }

    /** The selection and a view model property, kept the same. */
    public static <T> Runnable bind(SelectionModel<T> selection, Property<T> property) {
        return follow(selection, property, property::setValue);
    }

    /**
     * The selection follows what the view model shows, and the user's choice of another item goes to
     * {@code chosen}.
     *
     * @return selects the shown item again (call it after the items were replaced)
     */
    public static <T> Runnable follow(SelectionModel<T> selection, ObservableValue<T> shown, Consumer<T> chosen) {
        boolean[] syncing = {false};
        Runnable pull = () -> {
            T now = shown.getValue();
            if (selection.getSelectedItem() == now) {
                return;
            }
            syncing[0] = true;
            try {
                if (now == null) {
                    selection.clearSelection();
                } else {
                    selection.select(now);
                }
            } finally {
                syncing[0] = false;
            }
        };
        selection.selectedItemProperty().addListener((o, old, now) -> {
            if (!syncing[0] && now != null && now != shown.getValue()) {
                chosen.accept(now);
            }
        });
        shown.addListener((o, old, now) -> pull.run());
        return pull;
    }
}
