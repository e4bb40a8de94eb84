package io.campaignlab.app.serve;

import io.campaignlab.app.command.Output;
import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.policy.HoldoutKey;
import io.campaignlab.persistence.campaigns.JdbcDecisionReader;
import io.campaignlab.persistence.campaigns.ServeKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.security.SecureRandom;

/** {@code campaign-lab serve-keys [--holdout-key BASE64]}: where the service's keys are, or set the holdout key. */
@Command(name = "serve-keys", description = "Show where the decision service's keys are kept (the API key and the"
        + " holdout hash key, generated on first use), or set the workspace's holdout key, so that every user's arm"
        + " is the one another workspace with the same key gives (a reproducible experiment). Setting it is refused"
        + " once the decision log holds decisions: a new key would move users between arms.")
public final class ServeKeysCommand extends WorkspaceCommand {

    @Option(names = "--holdout-key", paramLabel = "BASE64", description = "The holdout hash key to set, in Base64"
            + " (at least 16 bytes).")
    String holdoutKey;

    @Override
    protected int run(WorkspaceServices services, Output output) {
        java.nio.file.Path file = services.folder().resolve(ServeKeys.FILE);
        if (holdoutKey != null) {
            HoldoutKey key;
            try {
                key = HoldoutKey.fromBase64(holdoutKey);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--holdout-key: " + e.getMessage(), e);
            }
            if (!new JdbcDecisionReader(services.workspace().dataSource()).latest(null, 1).isEmpty()) {
                throw new IllegalArgumentException("--holdout-key: the decision log already holds decisions made"
                        + " with the current key; a new key would move users between arms");
            }
            ServeKeys.setHoldoutKey(services.folder(), key, new SecureRandom());
        } else {
            ServeKeys.loadOrCreate(services.folder(), new SecureRandom());
        }
        if (json()) {
            output.json(new Keys(file.toString(), holdoutKey != null));
        } else {
            output.line("%s the service keys in %s", holdoutKey != null ? "Set the holdout key of" : "Read",
                    file);
        }
        return 0;
    }

    /** {@code serve-keys --json}: the keys file, and whether this call set the holdout key. */
    record Keys(String keysFile, boolean holdoutKeySet) {
    }
}
