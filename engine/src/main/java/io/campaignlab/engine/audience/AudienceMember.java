package io.campaignlab.engine.audience;

/**
 * One exported user.
 *
 * @param user  the user id as the dataset stores it (a pseudonymised id stays as it is)
 * @param value the user's mean score or mean predicted uplift over their scored rows; NaN for a segment member
 */
public record AudienceMember(String user, double value) {
}
