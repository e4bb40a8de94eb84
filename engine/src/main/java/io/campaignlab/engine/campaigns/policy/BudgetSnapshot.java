package io.campaignlab.engine.campaigns.policy;

/**
 * A budget's state, in integer cents: {@code committed + reserved + remaining = cap}.
 *
 * @param cap       the budget
 * @param committed spent: granted offers' costs
 * @param reserved  held by open reservations
 * @param remaining what can still be reserved or spent
 */
public record BudgetSnapshot(long cap, long committed, long reserved, long remaining) {
}
