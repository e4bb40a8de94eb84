/**
 * Off-policy evaluation: the value a proposed targeting policy would have had, estimated from logged randomized
 * data by inverse propensity scoring (IPS), self-normalised IPS and the doubly robust estimator with a cross-fitted
 * outcome model, each with a 95% interval; policies are written as decision lists of rule conditions.
 *
 * <p>Notation: unit i was logged with arm a_i, chosen with propensity p_i, and earned reward r_i; the target policy
 * would choose arm a with probability π(a | x_i); q̂(x_i, a) is the outcome model's prediction of the reward under
 * arm a, fitted without unit i's fold. With w_i = π(a_i | x_i) / p_i:
 * <pre>
 * IPS   = (1/n) Σ w_i r_i                                   se = sd(w_i r_i) / √n
 * SNIPS = Σ w_i r_i / Σ w_i                                 se = √(Σ (w_i (r_i − SNIPS))² / (n (n − 1))) / w̄
 * DR    = (1/n) Σ [Σ_a π(a | x_i) q̂(x_i, a) + w_i (r_i − q̂(x_i, a_i))]   se = sd(terms) / √n
 * </pre>
 * Intervals are estimate ± 1.96 se (the CLT on the per-unit terms; the delta method for the SNIPS ratio).
 * References: Horvitz and Thompson (1952); Swaminathan and Joachims (2015) for SNIPS; Dudík, Langford and Li (2011)
 * for DR; Chernozhukov et al. (2018) for cross-fitting.
 */
package io.campaignlab.engine.campaigns.ope;
