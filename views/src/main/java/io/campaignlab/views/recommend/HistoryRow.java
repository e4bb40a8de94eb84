package io.campaignlab.views.recommend;

/**
 * One past event of the user as the history table shows it.
 *
 * @param item        the raw item id
 * @param type        the event type (view, cart, purchase…)
 * @param time        when, UTC, in words
 * @param epochMillis when
 */
public record HistoryRow(String item, String type, String time, long epochMillis) {
}
