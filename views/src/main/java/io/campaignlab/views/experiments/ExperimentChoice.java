package io.campaignlab.views.experiments;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What both experiment tabs (the A/B readout and the uplift fit) choose first: the dataset, its group column, that
 * column's arms and the control arm among them, with the choices offered for each. The tab's view model fills the lists and reacts to the
 * choice; the view binds its combo boxes here. Never touches a node.
 */
public final class ExperimentChoice {

    private final ObservableList<String> datasets = FXCollections.observableArrayList();
    private final ObjectProperty<String> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObservableList<String> groupColumns = FXCollections.observableArrayList();
    private final ObjectProperty<String> group = new SimpleObjectProperty<>(this, "group");
    private final ObservableList<String> arms = FXCollections.observableArrayList();
    private final ObjectProperty<String> control = new SimpleObjectProperty<>(this, "control");

    /** The datasets offered, in the order the tab prefers. */
    public ObservableList<String> datasets() {
        return datasets;
    }

    public ObjectProperty<String> datasetProperty() {
        return dataset;
    }

    /** The chosen dataset's columns that can hold the arm of each unit. */
    public ObservableList<String> groupColumns() {
        return groupColumns;
    }

    public ObjectProperty<String> groupProperty() {
        return group;
    }

    /** The group column's values, sorted: the arms to pick from. */
    public ObservableList<String> arms() {
        return arms;
    }

    /** The arm the others are compared with. */
    public ObjectProperty<String> controlProperty() {
        return control;
    }
}
