package io.campaignlab.views.campaigns;

import io.campaignlab.engine.campaigns.Audience;
import io.campaignlab.engine.campaigns.AudienceSize;
import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignRecord;
import io.campaignlab.engine.campaigns.CampaignVersion;
import io.campaignlab.engine.campaigns.CampaignWorkspace;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.segments.SegmentRecord;
import io.campaignlab.engine.segments.SegmentationRecord;
import io.campaignlab.engine.workspace.WorkspaceContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** What the Campaigns section reads and writes. Every method does I/O: call it on a worker thread. */
public interface CampaignStore {

    /**
     * A stored segment the audience can address.
     *
     * @param label its segmentation, name and size, as the picker shows it
     */
    record SegmentChoice(long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Every campaign, by name. */
    List<CampaignRecord> list();

    /** A campaign's frozen versions, oldest first. */
    List<CampaignVersion> versions(String name);

    CampaignRecord create(Campaign draft);

    CampaignRecord saveDraft(Campaign draft);

    CampaignVersion publish(String name);

    CampaignRecord stop(String name);

    /** Deletes a never-published draft. */
    void delete(String name);

    /** The audience's live size, counted in the database. */
    AudienceSize count(Audience audience);

    /** The stored segments, newest segmentation first. */
    List<SegmentChoice> segments();

    List<DatasetInfo> datasets();

    /** The stored runs an offer can name (recommender runs; model runs with a saved model), newest first. */
    List<RunChoice> runs();

    /** A campaign file's text, or a sentence naming the file that cannot be read. */
    default String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("there is no file " + file, e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a campaign file. */
    default void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The campaign ports of the open workspace (whichever is open when a method is called). */
    static CampaignStore of(Supplier<WorkspaceContext> workspace) {
        Supplier<CampaignWorkspace> campaigns = () -> {
            if (workspace.get() instanceof CampaignWorkspace c) {
                return c;
            }
            throw new UnsupportedOperationException("this workspace holds no campaigns");
        };
        return new CampaignStore() {
            @Override
            public List<CampaignRecord> list() {
                return campaigns.get().campaigns().list();
            }

            @Override
            public List<CampaignVersion> versions(String name) {
                return campaigns.get().campaigns().versions(name);
            }

            @Override
            public CampaignRecord create(Campaign draft) {
                return campaigns.get().campaigns().create(draft);
            }

            @Override
            public CampaignRecord saveDraft(Campaign draft) {
                return campaigns.get().campaigns().saveDraft(draft);
            }

            @Override
            public CampaignVersion publish(String name) {
                return campaigns.get().campaigns().publish(name);
            }

            @Override
            public CampaignRecord stop(String name) {
                return campaigns.get().campaigns().stop(name);
            }

            @Override
            public void delete(String name) {
                campaigns.get().campaigns().delete(name);
            }

            @Override
            public AudienceSize count(Audience audience) {
                return campaigns.get().campaignAudience().count(audience);
            }

            @Override
            public List<SegmentChoice> segments() {
                return choices(workspace.get().segments().list());
            }

            @Override
            public List<DatasetInfo> datasets() {
                return workspace.get().datasets().list();
            }

            @Override
            public List<RunChoice> runs() {
                return RunChoice.of(workspace.get().runs());
            }
        };
    }

    /** The segments of these segmentations, as the picker lists them. */
    static List<SegmentChoice> choices(List<SegmentationRecord> segmentations) {
        List<SegmentChoice> out = new ArrayList<>();
        for (SegmentationRecord s : segmentations) {
            for (SegmentRecord seg : s.segments()) {
                out.add(new SegmentChoice(seg.id(), String.format(Locale.ROOT, "%d · %s › %s (%,d)", seg.id(),
                        s.name(), seg.name(), seg.members())));
            }
        }
        return out;
    }
}
