/**
 * Settings chosen on validation, shown: the shared trials table and validation curve of a {@link
 * io.campaignlab.engine.tuning.SearchResult} ({@link io.campaignlab.views.tuning.SearchPane}) and the view model that
 * reads a run's search in the background ({@link io.campaignlab.views.tuning.RunSearchViewModel}), for the Search tabs
 * of the Models and Recommend sections.
 */
package io.campaignlab.views.tuning;
