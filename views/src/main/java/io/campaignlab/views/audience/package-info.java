/** File › Export audience: the dialog that writes a segment, a scored list or the top users by uplift as CSV. */
package io.campaignlab.views.audience;
