/** Where workspaces live, and the wiring of one open workspace to the engine's ports. */
package io.campaignlab.app.workspace;
