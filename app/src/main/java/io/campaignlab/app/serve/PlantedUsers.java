package io.campaignlab.app.serve;

import java.util.Map;
import java.util.SplittableRandom;

/** Simulated users with a planted response that a drive answers decisions with. */
interface PlantedUsers {

    /** Each user id (as text, as audiences list them) to its position. */
    Map<String, Integer> index();

    /** The request context the user's decisions are asked with. */
    Map<String, Object> context(int user);

    /**
     * One user's planted outcome given the discount served in percent (0 for none): the order's value net of the
     * discount when the user converts, else 0.
     */
    double outcome(int user, double discountPercent, SplittableRandom random);
}
