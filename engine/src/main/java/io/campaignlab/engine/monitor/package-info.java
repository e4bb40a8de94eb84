/**
 * Monitoring whether a model still holds: drift statistics between a reference sample (the training data) and a
 * current one, with the test chosen and thresholded as Evidently does by default (issue 5 groundwork).
 */
package io.campaignlab.engine.monitor;
