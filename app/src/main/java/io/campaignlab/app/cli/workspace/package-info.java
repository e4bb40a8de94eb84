/** Commands on the workspace and the machine: {@code compact} and {@code device}. */
package io.campaignlab.app.cli.workspace;
