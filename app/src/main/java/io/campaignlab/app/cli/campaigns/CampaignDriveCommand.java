package io.campaignlab.app.cli.campaigns;

import io.campaignlab.app.command.Output;
import io.campaignlab.app.serve.DecisionService;
import io.campaignlab.app.serve.DriveJob;
import io.campaignlab.app.serve.DriveSpec;
import io.campaignlab.app.serve.DriveSummary;
import io.campaignlab.app.workspace.WorkspaceServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.URI;
import java.time.Clock;

/** {@code campaign-lab campaign drive NAME --users K --seed S [--url URL --key KEY]}. */
@Command(name = "drive", description = "Replay simulated users of a published campaign's audience through the decision"
        + " API over HTTP, each once, and answer every decision with the user's planted response (a conversion and its"
        + " value sent as feedback). Without --url the workspace's own decision service is started on a free loopback"
        + " port for the drive and stopped after it.",
        footer = {"", "With --url, the service must be another process's (a server holds its workspace locked), so"
                + " --workspace then names a copy of that workspace, for its audience and planted truth."})
public final class CampaignDriveCommand extends NamedCampaignCommand {

    @Mixin
    ReplayOptions replay;

    @Mixin
    DriveServiceOptions service;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent HTTP clients (default"
            + " ${DEFAULT-VALUE}).")
    int clients;

    @Override
    protected int campaign(WorkspaceServices services, Output output) throws Exception {
        DriveSummary s;
        if (service.url == null) {
            try (DecisionService decisions = DecisionService.start(services, "127.0.0.1", 0, Clock.systemUTC(),
                    replay.seed)) {
                DriveSpec spec = new DriveSpec(replay.users, replay.seed, URI.create("http://127.0.0.1:"
                        + decisions.port()), service.key != null ? service.key : decisions.apiKey(), clients);
                s = runJob(services, new DriveJob(services, name, spec));
            }
        } else {
            String apiKey = service.key != null ? service.key
                    : io.campaignlab.persistence.campaigns.ServeKeys.loadOrCreate(services.folder(),
                            new java.security.SecureRandom()).apiKey();
            s = runJob(services, new DriveJob(services, name, new DriveSpec(replay.users, replay.seed, service.url,
                    apiKey, clients)));
        }
        if (json()) {
            output.json(s);
            return s.errors() == 0 ? 0 : 1;
        }
        output.line("Drove %s users of '%s' in %.1f s: %s requests, %s retried, %s errors", Output.count(s.users()),
                name, s.seconds(), Output.count(s.requests()), Output.count(s.retries()), Output.count(s.errors()));
        output.line("Treatment %s users (%s offered), %s conversions; holdout %s users, %s conversions",
                Output.count(s.treated()), Output.count(s.offered()), Output.count(s.conversionsTreated()),
                Output.count(s.holdout()), Output.count(s.conversionsHoldout()));
        s.firstErrors().forEach(e -> output.line("Error: %s", e));
        output.line("Read it out: campaign-lab campaign log-dataset %s, then campaign-lab ab on that dataset", name);
        return s.errors() == 0 ? 0 : 1;
    }
}
