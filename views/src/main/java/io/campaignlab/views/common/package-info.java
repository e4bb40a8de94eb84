/** Small pieces every view shares: the dialog service, number formats. */
package io.campaignlab.views.common;
