/** What an open workspace offers the rest of the product: its ports, in one place. No JDBC, no JavaFX. */
package io.campaignlab.engine.workspace;
