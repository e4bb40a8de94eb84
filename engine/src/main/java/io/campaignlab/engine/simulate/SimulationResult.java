package io.campaignlab.engine.simulate;

import io.campaignlab.engine.datasets.DatasetInfo;

import java.util.List;

/**
 * What a {@link SimulationJob} wrote.
 *
 * @param datasets the committed datasets, in the order users, items, events, impressions, campaign_exposures
 * @param seconds  how long the job took
 */
public record SimulationResult(List<DatasetInfo> datasets, double seconds) {

    public SimulationResult {
        datasets = List.copyOf(datasets);
    }
}
