/**
 * Bayesian personalised ranking with matrix factorisation (BPR-MF), trained with DJL, and the fold-in of users the
 * model was not trained on.
 */
package io.campaignlab.engine.recommend.bpr;
