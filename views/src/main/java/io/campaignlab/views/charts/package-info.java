/**
 * Chart building blocks shared by the sections: the one chart look, a titled chart pane that follows the theme and
 * exports, and which chart of a section Export saves.
 */
package io.campaignlab.views.charts;
