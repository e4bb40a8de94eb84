/** Benchmarks that print figures: generated inputs, timed in-process, with medians. Not part of the tests. */
package io.campaignlab.app.bench;
