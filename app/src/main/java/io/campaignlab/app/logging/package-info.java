/** Where the full log goes: the open workspace's {@code logs/campaign-lab.log}. */
package io.campaignlab.app.logging;
