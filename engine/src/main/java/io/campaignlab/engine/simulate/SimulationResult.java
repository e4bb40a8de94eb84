package io.campaignlab.engine.simulate;

import io.campaignlab.engine.datasets.DatasetInfo;

import java.util.List;

/**
 * What a {@link SimulationJob} wrote.
 *
 * @param datasets the committed datasets, in the order users, items, events, impressions, campaign_exposures
 * @param seconds  how long the job took
 * @param drift    the drift planted in the impressions, or null when the spec asked for none
 */
public record SimulationResult(List<DatasetInfo> datasets, double seconds, PlantedDrift drift) {

    public SimulationResult {
        datasets = List.copyOf(datasets);
    }

    /** A result without planted drift. */
    public SimulationResult(List<DatasetInfo> datasets, double seconds) {
        this(datasets, seconds, null);
    }
}
