package io.campaignlab.engine.segments.rules;

import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.segments.NewSegment;
import io.campaignlab.engine.segments.NewSegmentation;
import io.campaignlab.engine.segments.SegmentJson;
import io.campaignlab.engine.segments.SegmentKind;
import io.campaignlab.engine.segments.SegmentPorts;
import io.campaignlab.engine.segments.SegmentProvenance;
import io.campaignlab.engine.segments.SegmentSource;
import io.campaignlab.engine.segments.SegmentationRecord;
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
public final class RuleSegmentJob implements Job<RuleSegmentation> {

    /** The name of the profile's second row. */
    public static final String REST = "Other customers";

    private final SegmentPorts ports;
    private final SegmentAudience audience;
    private final RuleSegmentRequest request;

    public RuleSegmentJob(SegmentPorts ports, SegmentAudience audience, RuleSegmentRequest request) {
        this.ports = ports;
        this.audience = audience;
        this.request = request;
    }

    @Override
    public String kind() {
        return "segment";
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
        DatasetInfo source = ports.datasets().require(rule.events() != null ? rule.events() : rule.users());
        CleaningReport cleaning = null;
        ProfileReport profiles = null;
        String note;
        if (rule.events() == null) {
            note = "No profile: the rule has no events dataset to measure customers in.";
        } else {
            String missing = null;
            try {
                SegmentColumns.resolve(source, null);
            } catch (IllegalArgumentException e) {
                missing = e.getMessage();
            }
            if (missing != null) {
                note = "No profile: " + missing;
            } else {
                progress.message("Profiling against the customers of " + source.name());
                try {
                    CustomerData data = SegmentSource.load(ports, source, rule.snapshot(), null, progress, cancel);
                    cleaning = data.cleaning();
                    profiles = SegmentProfiler.profile(data, segmentOf(data.customers(), members),
                            List.of(request.name(), REST));
                    note = "Profiled among the users with a purchase kept before " + rule.snapshot()
                            + ": the segment's customers against the other customers.";
                } catch (IllegalArgumentException e) {
                    note = "No profile: " + e.getMessage();
                }
            }
        }
        cancel.throwIfCancelled();
        progress.message("Storing " + members.size() + " members");
        RuleSegmentation result = new RuleSegmentation(0, request.name(), rule, count, cleaning, profiles, note);
        SegmentationRecord stored = ports.segments().save(new NewSegmentation("Rules: " + request.name(),
                SegmentKind.RULES, SegmentProvenance.of(source), rule.snapshot(), SegmentJson.write(request),
                SegmentJson.write(result), List.of(new NewSegment(request.name(),
                SegmentJson.write(RuleDefinition.of(rule)), members))));
        return result.withSegmentationId(stored.id());
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
