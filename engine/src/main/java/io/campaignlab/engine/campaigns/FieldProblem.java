package io.campaignlab.engine.campaigns;

/**
 * What is wrong with one field of a campaign file.
 *
 * @param path   where, e.g. {@code offers[1].discount_menu[2]}; empty for the file as a whole
 * @param reason why, e.g. {@code 95 is not a percentage between 0 and 90}
 */
public record FieldProblem(String path, String reason) {

    /** {@code path: reason}, or the reason alone for the file as a whole. */
    public String message() {
        return path.isEmpty() ? reason : path + ": " + reason;
    }
}
