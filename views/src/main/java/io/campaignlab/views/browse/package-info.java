/**
 * The row browser: pages through any dataset lazily, sorting and filtering through the engine's
 * {@link io.campaignlab.engine.browse.DatasetBrowser} port. It never touches SQL and never holds a whole table.
 */
package io.campaignlab.views.browse;
