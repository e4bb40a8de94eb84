/** SQL paging, sorting and filtering of dataset tables, implementing the engine's dataset browser. */
package io.campaignlab.persistence.browse;
