/**
 * The headless command line: one picocli command per GUI action, each with {@code --workspace} and {@code --json}.
 * Exit codes: 0 success, 1 an explained failure, 2 bad usage.
 */
package io.campaignlab.app.cli;
