/** Which compute device models use: the GPU when DJL's PyTorch engine sees one, the CPU otherwise. No JavaFX. */
package io.campaignlab.engine.device;
