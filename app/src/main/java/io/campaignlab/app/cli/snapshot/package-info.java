/** {@code snapshot}: a workbench view rendered to PNG, with what it needs computed first. */
package io.campaignlab.app.cli.snapshot;
