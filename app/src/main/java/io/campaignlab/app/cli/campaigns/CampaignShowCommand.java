package io.campaignlab.app.cli.campaigns;

import com.fasterxml.jackson.databind.JsonNode;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.AudienceSize;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignRecord;
import io.campaignlab.engine.campaigns.CampaignVersion;
import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code campaign-lab campaign show NAME [--at-version V]}. */
@Command(name = "show", description = "Show a campaign: its status, versions and design (the draft when one is"
        + " pending, else the live version), with the audience's live size counted in the workspace.")
public final class CampaignShowCommand extends NamedCampaignCommand {

    @Option(names = "--at-version", paramLabel = "V", description = "Show this frozen version's design instead.")
    Integer version;

    @Override
    protected int campaign(WorkspaceServices services, Output output) {
        CampaignRecord r = services.campaigns().require(name);
        List<CampaignVersion> versions = services.campaigns().versions(name);
        Campaign design = version == null ? r.current() : versions.stream().filter(v -> v.version() == version)
                .findFirst().map(CampaignVersion::campaign).orElseThrow(() -> new IllegalArgumentException(
                        "campaign '" + name + "' has no version " + version + (r.version() == 0
                                ? "; it was never published" : "; its versions are 1 to " + r.version())));
        String shown = version != null ? "version " + version : r.hasDraft() ? "the draft" : "version " + r.version();
        AudienceSize size = null;
        String sizeError = null;
        try {
            size = services.campaignAudience().count(design.audience());
        } catch (IllegalArgumentException e) {
            sizeError = e.getMessage();
        }
        if (json()) {
            output.json(new Shown(CampaignViews.Summary.of(r), shown, size, sizeError,
                    versions.stream().map(CampaignViews.VersionLine::of).toList(), CampaignViews.tree(design)));
            return 0;
        }
        output.line("Campaign '%s': %s%s%s.", r.name(), r.status().id(), r.version() == 0 ? ""
                : ", latest version " + r.version(), r.hasDraft() && r.version() > 0 ? ", a new draft is pending" : "");
        output.line("Showing the %s.", shown);
        output.line("  Objective    %s", design.objective().id());
        output.line("  Audience     %s", CampaignViews.audience(design.audience()));
        output.line("  Live size    %s", size != null ? Output.count(size.size()) + " users (" + Output.count(
                size.targeted()) + " targeted, " + Output.count(size.excluded()) + " excluded)"
                : "cannot be counted: " + sizeError);
        output.line("  Offers       %s", design.offers().stream().map(CampaignViews::offer)
                .collect(Collectors.joining("; ")));
        output.line("  Policy       %s", policy(design.policyOrDefault()));
        output.line("  Constraints  %s", constraints(design.constraintsOrNone()));
        for (CampaignVersion v : versions) {
            output.line("  Version %-4d published %s, %s", v.version(), CampaignViews.day(v.publishedAt()),
                    v.endedAt() == null ? (r.status().id().equals("stopped") ? "stopped" : "serving")
                            : "ended " + CampaignViews.day(v.endedAt()));
        }
        return 0;
    }

    private static String policy(Policy p) {
        return p.kind().id() + (p.epsilon() == null ? "" : " (epsilon " + CampaignViews.number(p.epsilon()) + ")");
    }

    private static String constraints(Constraints c) {
        List<String> parts = new ArrayList<>();
        if (c.budget() != null) {
            parts.add("budget " + CampaignViews.number(c.budget()));
        }
        if (c.frequencyCap() != null) {
            parts.add("at most " + c.frequencyCap().max() + " per user per " + c.frequencyCap().per().id());
        }
        if (c.holdoutShare() > 0) {
            parts.add("holdout " + CampaignViews.number(c.holdoutShare() * 100) + "%");
        }
        if (c.exclusionGroup() != null) {
            parts.add("exclusion group " + c.exclusionGroup());
        }
        if (c.start() != null || c.end() != null) {
            parts.add((c.start() == null ? "from publication" : "from " + c.start())
                    + (c.end() == null ? " until stopped" : " to " + c.end()));
        }
        return parts.isEmpty() ? "none (no budget, no frequency cap, no holdout, no dates)"
                : String.join(", ", parts);
    }

    /** {@code campaign show --json}. */
    record Shown(CampaignViews.Summary campaign, String shown, AudienceSize audienceSize, String audienceSizeError,
                 List<CampaignViews.VersionLine> versions, JsonNode design) {
    }
}
