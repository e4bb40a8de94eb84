package io.campaignlab.engine.segments.profiles;

import java.util.List;

/**
 * Who is in one segment, against the population.
 *
 * @param segment       its name
 * @param customers     its size
 * @param share         its share of all customers segmented
 * @param metrics       means of the per-customer metrics with indices
 * @param topCategories the categories with the most of its purchase lines, at most three; empty without categories
 * @param engagement    its funnel, or null without an events dataset
 */
public record SegmentProfile(String segment, int customers, double share, List<MetricIndex> metrics,
                             List<CategoryShare> topCategories, Engagement engagement) {

    public SegmentProfile {
        metrics = List.copyOf(metrics);
        topCategories = List.copyOf(topCategories);
    }

    /** The metric of this name. */
    public MetricIndex metric(String name) {
        return metrics.stream().filter(m -> m.metric().equals(name)).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("no metric " + name));
    }
}
