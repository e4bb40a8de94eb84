/** The chart of a settings search: the validation curve (JFreeChart; {@code java.awt} is allowed here only). */
package io.campaignlab.views.tuning.charts;
