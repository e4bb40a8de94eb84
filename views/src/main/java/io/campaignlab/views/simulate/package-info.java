/**
 * The simulate dialog and the first-start demo: generate the planted-truth demo datasets as a job. View models
 * here use only engine ports and JavaFX properties, never SQL.
 */
package io.campaignlab.views.simulate;
