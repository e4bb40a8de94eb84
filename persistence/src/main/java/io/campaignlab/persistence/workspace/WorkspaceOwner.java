package io.campaignlab.persistence.workspace;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Properties;

/**
 * The process that has a workspace open, written beside its database when it opens it and read by a process that
 * finds the database locked, so that it can say who holds it. The command is what the process calls itself in the
 * {@value #COMMAND_PROPERTY} system property ("campaign-lab gui", "campaign-lab train"), else its Java command.
 *
 * @param pid     the process id
 * @param command what the process runs, for people
 * @param since   when it opened the workspace
 */
public record WorkspaceOwner(long pid, String command, Instant since) {

    public static final String COMMAND_PROPERTY = "campaignlab.command";
    static final String FILE = H2Settings.DATABASE_FILE + ".owner";
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter EARLIER = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    /** This process, opening a workspace now. */
    public static WorkspaceOwner thisProcess() {
        ProcessHandle self = ProcessHandle.current();
        String command = System.getProperty(COMMAND_PROPERTY);
        if (command == null || command.isBlank()) {
            command = self.info().command().map(c -> Path.of(c).getFileName().toString()).orElse("java");
        }
        return new WorkspaceOwner(self.pid(), command, Instant.now());
    }

    /** The owner file of the workspace in {@code folder}. */
    static Path fileIn(Path folder) {
        return folder.resolve(FILE);
    }

    void writeTo(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("pid", Long.toString(pid));
        properties.setProperty("command", command);
        properties.setProperty("since", since.toString());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "The process that has this workspace open");
        }
    }

    /** The owner written in {@code file}, if it names a process that is still alive. */
    static Optional<WorkspaceOwner> readLive(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            WorkspaceOwner owner = new WorkspaceOwner(Long.parseLong(properties.getProperty("pid")),
                    properties.getProperty("command", "unknown command"), Instant.parse(properties.getProperty("since")));
            return ProcessHandle.of(owner.pid()).filter(ProcessHandle::isAlive).map(p -> owner);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** "process 1234 (campaign-lab gui, since 13:05)"; the date is added when it was not today. */
    public String describe() {
        ZonedDateTime at = since.atZone(ZoneId.systemDefault());
        String when = at.toLocalDate().equals(LocalDate.now()) ? TODAY.format(at) : EARLIER.format(at);
        return "process " + pid + " (" + command + ", since " + when + ")";
    }
}
