/**
 * Small dense numerics that the plain-Java models share: the Cholesky solve of a Newton step and the stable
 * logistic log-likelihood.
 */
package io.campaignlab.engine.numeric;
