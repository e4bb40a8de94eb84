package io.campaignlab.views.audience;

import io.campaignlab.engine.audience.AudienceSelection;
import io.campaignlab.engine.segments.NewSegmentation;
import io.campaignlab.engine.segments.SegmentKind;
import io.campaignlab.engine.segments.SegmentRecord;
import io.campaignlab.engine.segments.SegmentRepository;
import io.campaignlab.engine.segments.SegmentationRecord;
import io.campaignlab.engine.workspace.WorkspaceContext;
import io.campaignlab.views.importing.MemoryWorkspace;
import io.campaignlab.views.importing.RecordingDialogService;
import io.campaignlab.views.jobs.ImmediateJobExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The export dialog's state without a screen: sources listed, inputs checked, the export written by its job. */
class AudienceExportViewModelTest {

    @TempDir
    Path dir;

    private final MemoryWorkspace memory = new MemoryWorkspace();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private static final SegmentRecord CHAMPIONS = new SegmentRecord(4, 1, 0, "Champions", "{}", 3);

    private final WorkspaceContext workspace = withSegment(memory);

    /** The memory workspace with one segmentation of one segment, its members written with a formula among them. */
    static WorkspaceContext withSegment(MemoryWorkspace memory) {
        return (WorkspaceContext) Proxy.newProxyInstance(AudienceExportViewModelTest.class.getClassLoader(),
                new Class<?>[]{WorkspaceContext.class}, (proxy, method, args) -> method.getName().equals("segments")
                        ? segments() : method.invoke(memory, args));
    }

    private final AudienceExportViewModel model = new AudienceExportViewModel(() -> workspace,
            new ImmediateJobExecutor(memory::runner), dialogs, Runnable::run);

    @Test
    void listsTheSegmentsAndRunsAndExportsOne() throws Exception {
        memory.withDataset("uplift_run7_campaign_exposures").withDataset("scores_run3_impressions")
                .withDataset("events");
        model.load();
        assertThat(model.form().sources()).extracting(s -> s.label()).containsExactly("Segment 4 · Champions (3 users)",
                "Scores of run 3 on impressions (score:run3)", "Uplift of run 7 on campaign_exposures (uplift:run7)");
        assertThat(model.form().source().get().kind()).isEqualTo(AudienceSelection.Kind.SEGMENT);
        assertThat(model.form().amountLabel().get()).isEmpty();
        assertThat(model.form().problem().get()).isEqualTo("Choose the CSV file to write.");
        assertThat(model.form().ready().get()).isFalse();

        Path file = dir.resolve("CHAMPIONS.csv");
        model.form().file().set(file.toString());
        assertThat(model.form().ready().get()).isTrue();
        model.export();
        assertThat(dialogs.errors()).isEmpty();
        assertThat(Files.readAllLines(file)).containsExactly("user_id", "'=1+1", "u-7f", "u-8a");
        assertThat(model.form().result().get()).isEqualTo("Wrote 3 users of segment 4 (of 3) to " + file + ".");
    }

    @Test
    void aRunNeedsItsThresholdOrTopK() {
        memory.withDataset("uplift_run7_campaign_exposures").withDataset("scores_run3_impressions");
        model.load();
        model.form().file().set(dir.resolve("x.csv").toString());
        model.form().source().set(model.form().sources().get(2));
        assertThat(model.form().amountLabel().get()).isEqualTo("Top k users");
        assertThat(model.form().amount().get()).isEqualTo("1000");
        model.form().amount().set("0");
        assertThat(model.form().problem().get()).isEqualTo("Top k must be a whole number of users, at least 1.");
        model.form().source().set(model.form().sources().get(1));
        assertThat(model.form().amountLabel().get()).isEqualTo("Least mean score");
        model.form().amount().set("high");
        assertThat(model.form().problem().get()).isEqualTo("The least mean score must be a number, such as 0.05.");
        model.form().amount().set("0.1");
        assertThat(model.form().ready().get()).isTrue();
    }

    private static SegmentRepository segments() {
        return new SegmentRepository() {
            @Override
            public SegmentationRecord save(NewSegmentation segmentation) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<SegmentationRecord> list() {
                return List.of(new SegmentationRecord(1, "RFM", SegmentKind.values()[0], null, null, "{}",
                        Instant.EPOCH, List.of(CHAMPIONS)));
            }

            @Override
            public Optional<SegmentationRecord> find(long segmentationId) {
                return list().stream().filter(s -> s.id() == segmentationId).findFirst();
            }

            @Override
            public Optional<SegmentRecord> segment(long segmentId) {
                return segmentId == CHAMPIONS.id() ? Optional.of(CHAMPIONS) : Optional.empty();
            }

            @Override
            public List<String> members(long segmentId) {
                return List.of("=1+1", "u-7f", "u-8a");
            }

            @Override
            public Optional<String> report(long segmentationId) {
                return Optional.empty();
            }

            @Override
            public void delete(long segmentationId) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
