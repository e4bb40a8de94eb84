/**
 * A campaign's decisions log read out as an A/B test (treated against holdout), net of what its offer cost: the
 * same readout, costs and plain-language sentences as {@code ab}, for the campaign page and {@code campaign readout}.
 */
package io.campaignlab.engine.campaigns.readout;
