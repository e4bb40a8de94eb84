/** The campaign page's readout: the decisions log as an A/B test, in plain words, with cost and ROI beside it. */
package io.campaignlab.views.campaigns.readout;
