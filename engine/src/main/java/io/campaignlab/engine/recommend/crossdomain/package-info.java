/**
 * Cross-domain recommendation for users cold in a target domain: the cold-start split over two datasets, joint ALS
 * with shared user factors, its training job and service.
 */
package io.campaignlab.engine.recommend.crossdomain;
