/**
 * The Monitor section's drift and day-by-day performance charts.
 */
package io.campaignlab.views.monitor.charts;
