/**
 * The rows and values a dataset's import rejected, read a page at a time through the engine's
 * {@link io.campaignlab.engine.importing.RejectionRepository} port, filtered in memory and exported as CSV. Never SQL.
 */
package io.campaignlab.views.rejections;
