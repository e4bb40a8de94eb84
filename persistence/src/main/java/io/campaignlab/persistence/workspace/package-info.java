/**
 * A workspace folder: one H2 file database with migrated schema, plus {@code models/}, {@code exports/} and
 * {@code logs/}. Opening one recovers from crashes. No JavaFX here.
 */
package io.campaignlab.persistence.workspace;
