package io.campaignlab.engine.segments.rfm;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An RFM segmentation to run.
 *
 * @param dataset     an events or transactions dataset
 * @param snapshot    the day recency is measured to, or null for the day after the last row
 * @param orderColumn the order (invoice) column, or null to find one by name
 */
public record RfmRequest(String dataset, LocalDate snapshot, String orderColumn) {

    public RfmRequest {
        Objects.requireNonNull(dataset, "dataset");
    }
}
