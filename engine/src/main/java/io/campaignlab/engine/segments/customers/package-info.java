/**
 * Customers read from an events or transactions dataset: the columns found by role, the rows cleaned (each counted
 * once in a {@link io.campaignlab.engine.segments.customers.CleaningReport}) and summed up per customer into recency,
 * frequency, spend, tenure, funnel counts and category purchases.
 */
package io.campaignlab.engine.segments.customers;
