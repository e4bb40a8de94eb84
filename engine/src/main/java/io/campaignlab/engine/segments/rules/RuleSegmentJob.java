package io.campaignlab.engine.segments.rules;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.segments.NewSegment;
import io.campaignlab.engine.segments.SegmentJson;
import io.campaignlab.engine.segments.SegmentKind;
import io.campaignlab.engine.segments.SegmentPorts;
import io.campaignlab.engine.segments.SegmentationJob;
import io.campaignlab.engine.segments.customers.CleaningReport;
import io.campaignlab.engine.segments.customers.CustomerData;
import io.campaignlab.engine.segments.customers.CustomerTable;
import io.campaignlab.engine.segments.customers.SegmentColumns;
import io.campaignlab.engine.segments.profiles.ProfileReport;
import io.campaignlab.engine.segments.profiles.SegmentProfiler;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stores a rule segment: counts and lists its members in the database ({@link SegmentAudience}), profiles it
 * against the other customers when its events dataset has amounts (only users with a purchase kept have the RFM
 * metrics a profile compares), and stores the members with the rule's definition as one segmentation of kind
 * {@link SegmentKind#RULES}.
 */
public final class RuleSegmentJob extends SegmentationJob<RuleSegmentation> {

    /** The name of the profile's second row. */
    public static final String REST = "Other customers";

    private final SegmentAudience audience;
    private final RuleSegmentRequest request;

    public RuleSegmentJob(SegmentPorts ports, SegmentAudience audience, RuleSegmentRequest request) {
        super(ports);
        this.audience = audience;
        this.request = request;
    }

    @Override
    public String title() {
        return "Rule segment " + request.name();
    }

    @Override
    public RuleSegmentation run(ProgressListener progress, CancellationToken cancel) {
        SegmentRule rule = request.rule();
        if (rule.snapshot() == null && rule.events() != null) {
            rule = rule.withSnapshot(audience.defaultSnapshot(rule.events()));
        }
        progress.message("Counting " + rule.text());
        AudienceCount count = audience.count(rule);
        cancel.throwIfCancelled();
        List<String> members = audience.members(rule);
        cancel.throwIfCancelled();
        DatasetInfo source = ports().datasets().require(rule.events() != null ? rule.events() : rule.users());
        Profile profile = profile(rule, source, members, progress, cancel);
        cancel.throwIfCancelled();
        progress.message("Storing " + members.size() + " members");
        RuleSegmentation result = new RuleSegmentation(0, request.name(), rule, count, profile.cleaning(),
                profile.profiles(), profile.note());
        return result.withSegmentationId(store("Rules: " + request.name(), SegmentKind.RULES, source,
                rule.snapshot(), request, result, List.of(new NewSegment(request.name(),
                        SegmentJson.write(RuleDefinition.of(rule)), members))));
    }

    /** The segment against the other customers of its events dataset, or a note on why there is no profile. */
    private Profile profile(SegmentRule rule, DatasetInfo source, List<String> members, ProgressListener progress,
                            CancellationToken cancel) {
        if (rule.events() == null) {
            return Profile.none("No profile: the rule has no events dataset to measure customers in.");
        }
        try {
            SegmentColumns.resolve(source, null);
        } catch (IllegalArgumentException e) {
            return Profile.none("No profile: " + e.getMessage());
        }
        progress.message("Profiling against the customers of " + source.name());
        try {
            CustomerData data = customers(source, rule.snapshot(), null, progress, cancel);
            ProfileReport profiles = SegmentProfiler.profile(data, segmentOf(data.customers(), members),
                    List.of(request.name(), REST));
            return new Profile(data.cleaning(), profiles, "Profiled among the users with a purchase kept before "
                    + rule.snapshot() + ": the segment's customers against the other customers.");
        } catch (IllegalArgumentException e) {
            return Profile.none("No profile: " + e.getMessage());
        }
    }

    /** A rule segment's profile: the cleaning and profiles, or neither, with a note either way. */
    private record Profile(CleaningReport cleaning, ProfileReport profiles, String note) {

        static Profile none(String note) {
            return new Profile(null, null, note);
        }
    }

    /** 0 for the customers in the segment, 1 for the others. */
    static int[] segmentOf(CustomerTable customers, List<String> members) {
        Set<String> in = new HashSet<>(members);
        int[] segmentOf = new int[customers.size()];
        for (int i = 0; i < segmentOf.length; i++) {
            segmentOf[i] = in.contains(customers.userIds()[i]) ? 0 : 1;
        }
        return segmentOf;
    }
}
