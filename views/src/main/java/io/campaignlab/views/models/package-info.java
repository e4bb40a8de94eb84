/**
 * The Models section: the train form, live training curves, the runs table with overlaid ROC, calibration and
 * gain charts, each run's provenance, and batch scoring. View models here use engine ports through the job
 * executor and never touch SQL; {@code java.awt} appears only in the chart classes.
 */
package io.campaignlab.views.models;
