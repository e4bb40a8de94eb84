/**
 * Explanations of served coupons and dynamic discounts: the explaining run's model held warm with each user's latest
 * row of its dataset, and per user one batch that scores the row and its copies with one column set missing each
 * (occlusion, in logit units), computed once per user and version. Implements the decision engine's
 * {@link io.campaignlab.engine.campaigns.decide.ChoiceExplainer.Opener} port.
 */
package io.campaignlab.engine.campaigns.decide.explain;
