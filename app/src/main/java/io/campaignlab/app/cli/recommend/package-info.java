/**
 * Recommenders: {@code recommend train} (ranking, session and cross-domain runs) and {@code recommend for}.
 */
package io.campaignlab.app.cli.recommend;
