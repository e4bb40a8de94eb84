package io.campaignlab.app.serve;

import io.campaignlab.app.command.Output;
import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.workspace.WorkspaceServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/** {@code campaign-lab serve [--port 8080] [--bind 127.0.0.1]}: the decision service, in the foreground. */
@Command(name = "serve", description = "Serve the published campaigns' decisions over HTTP (POST /v1/decide,"
        + " POST /v1/feedback, GET /v1/health, GET /v1/metrics) until stopped (Ctrl-C or SIGTERM, which flush the"
        + " decision log). The API key is in the workspace's serve-keys.properties.")
public final class ServeCommand extends WorkspaceCommand {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port to listen on (default ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Override
    protected int run(WorkspaceServices services, Output output) throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be 0 to 65535, was " + port);
        }
        ServingDefaults.preferOneTorchThreadPerPass();
        ServingDefaults.limitPageCache(services);
        DecisionService service = DecisionService.start(services, bind, port, Clock.systemUTC(),
                new SecureRandom().nextLong());
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            service.stop();
            stopped.countDown();
        }, "serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        if (json()) {
            output.json(new Serving(bind, service.port(), service.engine().loaded().size(),
                    services.folder().resolve("serve-keys.properties").toString()));
        } else {
            output.line("Serving %d campaign(s) on http://%s:%d/v1/ (API key in %s); Ctrl-C stops.",
                    service.engine().loaded().size(), bind, service.port(),
                    services.folder().resolve("serve-keys.properties"));
        }
        out().flush();
        stopped.await();
        return 0;
    }

    /** {@code serve --json}, printed once listening. */
    record Serving(String bind, int port, int campaigns, String keysFile) {
    }
}
