package io.campaignlab.views.common;

/**
 * What a choice is called and what it does, for a constant shown in a list, a header or a tooltip: an import
 * wizard step, a field treatment.
 *
 * @param title the short name shown
 * @param help  one or two sentences on what it means
 */
public record Caption(String title, String help) {
}
