/**
 * The CTR networks as DJL blocks, one class per model family (LR, FM and DeepFM, DNN, DCN-v2, ESMM) over a shared
 * embedding base, and the session that trains and scores one network on one device (Adam, row-wise Adam, losses,
 * batches).
 */
package io.campaignlab.engine.models.network;
