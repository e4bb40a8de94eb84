/**
 * The Monitor section: whether a run's model still holds. Feature and score drift of a current sample (a date window
 * of the run's dataset, or another dataset) against the training rows, with each feature's distributions, and the
 * model's performance day by day. View models reach the engine through the job executor only; {@code java.awt}
 * appears only in the chart classes.
 */
package io.campaignlab.views.monitor;
