/**
 * The Models section's charts: ROC and calibration of the compared runs, and the live training curves.
 */
package io.campaignlab.views.models.charts;
