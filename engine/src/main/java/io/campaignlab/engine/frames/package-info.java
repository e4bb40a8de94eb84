/** Whole datasets, or chosen columns of them, loaded into memory as typed columns for training and scoring. */
package io.campaignlab.engine.frames;
