package io.campaignlab.engine.experiments;

/**
 * The cumulative readout of one arm × metric at a look.
 *
 * @param time   the epoch milliseconds of the last unit included
 * @param units  units included (both arms)
 * @param diff   the cumulative difference
 * @param csLow  the always-valid lower bound
 * @param csHigh the always-valid upper bound
 * @param ciLow  the fixed-horizon interval's lower bound at this look (invalid under peeking; shown for contrast)
 * @param ciHigh its upper bound
 */
public record SequentialPoint(long time, long units, double diff, double csLow, double csHigh, double ciLow,
                              double ciHigh) {
}
