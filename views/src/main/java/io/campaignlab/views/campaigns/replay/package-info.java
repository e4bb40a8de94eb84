/**
 * The decision replay pane: a decision id entered, pasted or picked from the latest decisions, and its full trace
 * (the rules passed or failed, the candidates' scores, the caps hit, why the winner won) and explanation, as
 * {@code campaign-lab decision ID} prints them. The decision log is read through
 * {@link io.campaignlab.views.campaigns.replay.DecisionLookup}.
 */
package io.campaignlab.views.campaigns.replay;
