/**
 * What every command of the command line is built from: the base classes ({@link
 * io.campaignlab.app.command.CliCommand} with its {@code runJob}, {@link io.campaignlab.app.command.WorkspaceCommand},
 * {@link io.campaignlab.app.command.CommandGroup}), the common options, console progress, Ctrl-C cancelling a job,
 * output and the error handler with its exit codes: 0 success, 1 an explained failure, 2 bad usage, 130 a job
 * cancelled with Ctrl-C.
 */
package io.campaignlab.app.command;
