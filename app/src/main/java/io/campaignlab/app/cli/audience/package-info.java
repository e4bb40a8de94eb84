/** {@code audience export}: a segment, a scored list above a threshold or the top k by uplift, as CSV. */
package io.campaignlab.app.cli.audience;
