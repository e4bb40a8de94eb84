package io.campaignlab.engine.segments.rules;

/**
 * How many users a rule selects.
 *
 * @param matching   users for whom every condition holds
 * @param population users the rule chose among
 * @param snapshot   the day the behaviour windows ended at, or null when the rule counts no behaviour
 */
public record AudienceCount(long matching, long population, java.time.LocalDate snapshot) {

    /** The share of the population selected, 0 for an empty population. */
    public double share() {
        return population == 0 ? 0 : (double) matching / population;
    }
}
