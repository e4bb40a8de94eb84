/**
 * Click and conversion models trained with DJL (PyTorch): logistic regression, factorization machine, DeepFM,
 * DCN-v2, a plain DNN and the multi-task ESMM (networks in {@code .network}, the epoch loop in {@code .training}),
 * and gradient-boosted trees with XGBoost4J beside them ({@code .gbdt}); their training job, the artifact that holds
 * parameters and fitted pipeline, and batch scoring.
 */
package io.campaignlab.engine.models;
