package io.campaignlab.views.experiments;

import io.campaignlab.engine.experiments.SampleSize;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * What the planner shows: the sample size (null while a field does not parse), the field that does not parse, and
 * in words the units per arm, the duration and what is planned for.
 */
public record PlanReadout(ReadOnlyObjectProperty<SampleSize> result, ReadOnlyStringProperty problem,
                          ReadOnlyStringProperty units, ReadOnlyStringProperty days, ReadOnlyStringProperty effect) {
}
