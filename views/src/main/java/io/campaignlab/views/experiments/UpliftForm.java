package io.campaignlab.views.experiments;

import io.campaignlab.engine.uplift.BaseLearner;
import io.campaignlab.engine.uplift.MetaLearner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The uplift form beside the arms: the treated arm, the 0/1 outcomes offered and the one chosen, the meta-learner
 * (S, T, X or class transformation) and its base learner (LR or DNN).
 */
public record UpliftForm(ObjectProperty<String> treatment, ObservableList<String> outcomes,
                         ObjectProperty<String> outcome, ObjectProperty<MetaLearner> learner,
                         ObjectProperty<BaseLearner> base) {

    /** Nothing chosen; a T-learner on logistic regression. */
    static UpliftForm empty() {
        return new UpliftForm(new SimpleObjectProperty<>(), FXCollections.observableArrayList(),
                new SimpleObjectProperty<>(), new SimpleObjectProperty<>(MetaLearner.T),
                new SimpleObjectProperty<>(BaseLearner.LR));
    }
}
