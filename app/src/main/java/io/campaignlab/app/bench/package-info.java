/**
 * Benchmarks that print figures ({@code campaign-lab bench import/train/explain/recommend/frames/recommenders/
 * targeting/bandits}): generated inputs, timed in-process, with medians. Not part of the tests.
 */
package io.campaignlab.app.bench;
