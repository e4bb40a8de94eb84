/**
 * The Explain section's charts: permutation importance with intervals (whisker renderer) and the prediction waterfall.
 */
package io.campaignlab.views.explain.charts;
