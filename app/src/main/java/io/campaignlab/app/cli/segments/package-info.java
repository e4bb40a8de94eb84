/** Customer segments: {@code segment rfm|kmeans|rules} and {@code segments}. */
package io.campaignlab.app.cli.segments;
