/**
 * The headless command line: the root command and its tree, one picocli command per GUI action, each with {@code
 * --help}, {@code --workspace} and {@code --json}, in sub-packages by feature; built from {@code app.command}.
 */
package io.campaignlab.app.cli;
