package io.campaignlab.views.experiments;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/**
 * The planner's fields as typed: the control conversion rate (0.10 or 10%), the absolute change to detect (0.01 or
 * 1%), alpha, power, treatment units per control unit, and units entering a day (empty for no duration).
 */
public record PlanInputs(StringProperty base, StringProperty mde, StringProperty alpha, StringProperty power,
                         StringProperty ratio, StringProperty traffic) {

    /** The fields with the planner's starting values. */
    static PlanInputs defaults() {
        return new PlanInputs(new SimpleStringProperty("0.10"), new SimpleStringProperty("0.01"),
                new SimpleStringProperty("0.05"), new SimpleStringProperty("0.8"), new SimpleStringProperty("1"),
                new SimpleStringProperty("1000"));
    }

    /** Every field, to listen to them all. */
    List<StringProperty> all() {
        return List.of(base, mde, alpha, power, ratio, traffic);
    }
}
