/**
 * Settings chosen on validation, shown: the shared trials table and validation curve of a {@link
 * io.campaignlab.engine.tuning.SearchResult}, for the Models section's Search tab and, later, the Recommend section.
 */
package io.campaignlab.views.tuning;
