/** Shared pieces for builders of the engine's values ({@link io.campaignlab.engine.builder.FluentBuilder}). */
package io.campaignlab.engine.builder;
