package io.campaignlab.engine.campaigns.policy;

/**
 * Money held by a {@link BudgetLedger} for one decision until it is committed or released.
 *
 * @param id    the ledger's number for it
 * @param cents the amount held, in integer cents
 */
public record Reservation(long id, long cents) {
}
