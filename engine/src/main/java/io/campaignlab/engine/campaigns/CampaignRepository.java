package io.campaignlab.engine.campaigns;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Stored campaigns and their frozen versions. Implemented by the workspace; every method does I/O. Designs are
 * checked ({@link CampaignCheck}) before they are stored; an invalid one is refused with a
 * {@link CampaignFileException}.
 */
public interface CampaignRepository {

    /**
     * Stores a new campaign as a draft.
     *
     * @throws IllegalArgumentException when a campaign of that name exists
     */
    CampaignRecord create(Campaign draft);

    /**
     * Replaces the draft of the campaign named like the design (a published campaign gets a new draft beside the
     * version that serves).
     *
     * @throws NoSuchElementException   when there is no such campaign
     * @throws IllegalStateException    when it is stopped
     */
    CampaignRecord saveDraft(Campaign draft);

    /** Every campaign, by name. */
    List<CampaignRecord> list();

    Optional<CampaignRecord> find(String name);

    /** The frozen versions of a campaign, oldest first; empty when there is no such campaign or none was published. */
    List<CampaignVersion> versions(String name);

    /**
     * Freezes the draft as the next version, in one transaction: the version number increments, the previous version
     * ends, the campaign is published and has no draft left.
     *
     * @throws NoSuchElementException when there is no such campaign
     * @throws IllegalStateException  when it has no draft or is stopped
     */
    CampaignVersion publish(String name);

    /**
     * Ends a published campaign: its serving version ends and nothing more can be published.
     *
     * @throws NoSuchElementException when there is no such campaign
     * @throws IllegalStateException  when it was never published or is already stopped
     */
    CampaignRecord stop(String name);

    /**
     * Deletes a campaign that was never published, with its draft. A published or stopped campaign stays: its
     * versions are what its decisions record.
     *
     * @throws NoSuchElementException when there is no such campaign
     * @throws IllegalStateException  when it was ever published
     */
    void delete(String name);

    /** The campaign or a {@link NoSuchElementException} naming it. */
    default CampaignRecord require(String name) {
        return find(name).orElseThrow(() -> new NoSuchElementException("there is no campaign '" + name
                + "'; campaign-lab campaign list shows them"));
    }

    /** One frozen version, when it exists. */
    default Optional<CampaignVersion> version(String name, int version) {
        return versions(name).stream().filter(v -> v.version() == version).findFirst();
    }
}
