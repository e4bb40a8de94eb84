/**
 * {@link io.campaignlab.app.CampaignLab}, the entry point: the workbench window without arguments, the command line
 * otherwise.
 */
package io.campaignlab.app;
