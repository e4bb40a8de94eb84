package io.campaignlab.engine.campaigns.forecast;

/**
 * A point estimate with its 95% interval.
 *
 * @param estimate the point estimate
 * @param ciLow    the lower end of the interval
 * @param ciHigh   the upper end of the interval
 */
public record Interval(double estimate, double ciLow, double ciHigh) {

    /** Whether the interval holds a value. */
    public boolean covers(double value) {
        return value >= ciLow && value <= ciHigh;
    }
}
