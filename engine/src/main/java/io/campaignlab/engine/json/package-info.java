/** The project's one configured JSON mapper ({@link io.campaignlab.engine.json.Json}) and its named variants. */
package io.campaignlab.engine.json;
