/**
 * The headless command line: one picocli command per GUI action, each with {@code --help}, {@code --workspace} and
 * {@code --json}, in sub-packages by feature. Here: the root command, the base classes ({@link
 * io.campaignlab.app.cli.CliCommand} with its {@code runJob}, {@link io.campaignlab.app.cli.WorkspaceCommand}, {@link
 * io.campaignlab.app.cli.CommandGroup}), progress, Ctrl-C, output and errors. Exit codes: 0 success, 1 an explained
 * failure, 2 bad usage, 130 a job cancelled with Ctrl-C.
 */
package io.campaignlab.app.cli;
