package io.campaignlab.views.campaigns.serve;

/**
 * A campaign's logged decisions in one arm and the conversions reported on them.
 *
 * @param arm         treatment or holdout
 * @param decisions   decisions logged in the arm
 * @param conversions decisions with a conversion reported
 */
public record ArmTally(String arm, long decisions, long conversions) {

    /** conversions / decisions, NaN without decisions. */
    public double rate() {
        return decisions > 0 ? conversions / (double) decisions : Double.NaN;
    }
}
