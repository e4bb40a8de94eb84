package io.campaignlab.engine.campaigns;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What an offer costs, in the campaign's money, counted against its budget when it is actually granted. A coupon's
 * or discount's own value is counted on the conversion it applied to, on top of these.
 *
 * @param perGrant      each time it is served (e.g. a banner's media cost), or null for 0
 * @param perClick      each click on it, or null for 0
 * @param perConversion each conversion it led to (e.g. a fulfilment fee), or null for 0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CostModel(Double perGrant, Double perClick, Double perConversion) {
}
