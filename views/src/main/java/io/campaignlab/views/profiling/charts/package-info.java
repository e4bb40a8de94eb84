/**
 * The column profile's histogram and top-values charts, with their compact axis format.
 */
package io.campaignlab.views.profiling.charts;
