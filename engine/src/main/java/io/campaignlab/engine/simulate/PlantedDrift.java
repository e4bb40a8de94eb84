package io.campaignlab.engine.simulate;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The drift a simulation planted, as ground truth for monitoring checks.
 *
 * @param dataset        the dataset it changed (the prefixed name of {@code impressions})
 * @param from           the first drifted moment; rows with an earlier {@code ts} are untouched
 * @param columns        the feature columns whose distribution was shifted on purpose: {@code device},
 *                       {@code price}, or both
 * @param derivedColumns columns that change only as a consequence, through the planted click and conversion models
 *                       (labels and ground truth), never feature columns
 * @param spec           the drift as asked for
 */
public record PlantedDrift(String dataset, LocalDateTime from, List<String> columns, List<String> derivedColumns,
                           DriftSpec spec) {

    public PlantedDrift {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(spec, "spec");
        columns = List.copyOf(columns);
        derivedColumns = List.copyOf(derivedColumns);
    }

    /** What a spec plants in the impressions dataset of the given name. */
    static PlantedDrift of(SimulationSpec spec, String impressions) {
        DriftSpec drift = spec.drift();
        boolean device = drift.has(DriftSpec.Shift.DEVICE);
        boolean price = drift.has(DriftSpec.Shift.PRICE);
        List<String> columns = device && price ? List.of("device", "price") : device ? List.of("device")
                : List.of("price");
        List<String> derived = device && price ? List.of("clicked", "purchased", "true_ctr", "true_cvr",
                "true_ctr_public") : device ? List.of("clicked", "purchased", "true_ctr", "true_ctr_public")
                : List.of("purchased", "true_cvr");
        return new PlantedDrift(impressions, spec.driftStart(), columns, derived, drift);
    }
}
