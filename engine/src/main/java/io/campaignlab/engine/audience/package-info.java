/**
 * Audiences taken out of the workspace: a segment's members, the users a run scored above a threshold, or the top
 * users by predicted uplift, listed with their ids as stored and written as CSV safe to open in a spreadsheet.
 */
package io.campaignlab.engine.audience;
