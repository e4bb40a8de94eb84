/**
 * Campaigns on the command line: {@code campaign create|list|show|export|import|publish|stop}, one file per
 * subcommand over the engine's campaign ports.
 */
package io.campaignlab.app.cli.campaigns;
