/**
 * Settings chosen on validation for the CTR families: the search space of each family ({@link
 * io.campaignlab.engine.models.search.CtrSearchSpace}), the run's tuning request ({@link
 * io.campaignlab.engine.models.search.CtrTuning}) and the search around training ({@link
 * io.campaignlab.engine.models.search.CtrSearch}), built on the shared {@code engine.tuning} core.
 */
package io.campaignlab.engine.models.search;
