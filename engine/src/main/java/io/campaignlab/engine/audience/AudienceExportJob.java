package io.campaignlab.engine.audience;

import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads an audience and writes it as CSV. The file is written beside its target under a temporary name and moved
 * into place at the end, so a failed or cancelled export leaves no half-written file (and an older file whole).
 */
public final class AudienceExportJob implements Job<AudienceExport> {

    private final WorkspaceContext workspace;
    private final AudienceSelection selection;
    private final Path file;

    public AudienceExportJob(WorkspaceContext workspace, AudienceSelection selection, Path file) {
        this.workspace = workspace;
        this.selection = selection;
        this.file = file.toAbsolutePath();
    }

    @Override
    public String kind() {
        return "audience-export";
    }

    @Override
    public String title() {
        return "Export audience " + selection.describe() + " to " + file.getFileName();
    }

    @Override
    public AudienceExport run(ProgressListener progress, CancellationToken cancel) throws IOException {
        long started = System.nanoTime();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("cannot write " + file + ": the folder " + folder + " does not exist");
        }
        AudienceList audience = AudienceReader.read(workspace, selection, progress, cancel);
        progress.message("Writing " + audience.members().size() + " users to " + file.getFileName());
        Path temp = Files.createTempFile(folder, "." + file.getFileName(), ".part");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                AudienceCsv.write(audience, out);
            }
            cancel.throwIfCancelled();
            move(temp);
        } finally {
            Files.deleteIfExists(temp);
        }
        progress.progress(1, 1);
        return new AudienceExport(selection.describe(), audience.source(), file.toString(), audience.members().size(),
                audience.scoredUsers(), (System.nanoTime() - started) / 1e9);
    }

    private void move(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
