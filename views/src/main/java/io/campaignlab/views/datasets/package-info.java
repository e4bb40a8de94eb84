/**
 * The Data section's main screen: the workspace's datasets with delete, rename and re-profile, and for the selected
 * one its rows, profile and rejections. Works only through engine ports, never SQL.
 */
package io.campaignlab.views.datasets;
