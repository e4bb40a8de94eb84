/** Experiments: {@code ab} readouts, {@code power} planning and {@code uplift} models. */
package io.campaignlab.app.cli.experiments;
