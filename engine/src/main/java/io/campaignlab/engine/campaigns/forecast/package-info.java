/**
 * Before launch: a campaign's forecast for its audience (reach, incremental conversions, revenue and margin with
 * bootstrap intervals, cost and ROI), the budget curve with its break-even point, and the targeting comparison of
 * pCTR, pCVR, uplift and random targeting at one budget, scored on the simulator's planted truth.
 */
package io.campaignlab.engine.campaigns.forecast;
