/**
 * Rule segments: conditions on user columns, behaviour aggregates and model scores, counted and listed in the
 * workspace database through the {@link io.campaignlab.engine.segments.rules.SegmentAudience} port.
 */
package io.campaignlab.engine.segments.rules;
