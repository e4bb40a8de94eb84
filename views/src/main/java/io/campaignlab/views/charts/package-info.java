/** Chart building blocks shared by the sections: a titled chart pane that follows the theme and exports. */
package io.campaignlab.views.charts;
