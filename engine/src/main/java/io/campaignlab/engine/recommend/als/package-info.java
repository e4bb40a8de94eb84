/**
 * Implicit alternating least squares (Hu, Koren and Volinsky 2008) on the CPU, with its explanations, and its timing
 * benchmark.
 */
package io.campaignlab.engine.recommend.als;
