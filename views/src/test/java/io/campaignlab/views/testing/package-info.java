/**
 * In-memory fakes of the workspace's ports and of the dialog service, shared by the view tests. Like the real
 * workspace, every port refuses to run on the JavaFX thread.
 */
package io.campaignlab.views.testing;
