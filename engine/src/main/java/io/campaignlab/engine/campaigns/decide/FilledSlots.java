package io.campaignlab.engine.campaigns.decide;

import java.util.List;

/**
 * A recommendation offer's slots as filled for one request: the decision's {@code slots}, and the trace's account of
 * where they came from.
 *
 * @param offer     the recommendation offer
 * @param run       its recommender run
 * @param model     the run's model kind, e.g. {@code rec-als}
 * @param slots     how many slots the offer has
 * @param items     the items filled, best first, at most {@code slots}, none repeated
 * @param source    {@code model} when the run ranked for the user; else the fallback, {@code popularity} or
 *                  {@code popularity in category X} (the context's category)
 * @param coldStart the model could not rank for this user, so the popularity fallback filled the slots
 * @param why       for a cold start, why ({@code unknown user} or {@code no history the model knows}); else null
 */
public record FilledSlots(String offer, long run, String model, int slots, List<Decision.Slot> items, String source,
                          boolean coldStart, String why) {

    public FilledSlots {
        items = List.copyOf(items);
    }
}
