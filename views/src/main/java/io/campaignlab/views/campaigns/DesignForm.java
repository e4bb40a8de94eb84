package io.campaignlab.views.campaigns;

import io.campaignlab.engine.campaigns.Campaign;
import io.campaignlab.engine.campaigns.CampaignCheck;
import io.campaignlab.engine.campaigns.FieldProblem;
import io.campaignlab.engine.campaigns.Objective;
import io.campaignlab.engine.campaigns.Offer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * A campaign design as the designer's fields hold it, made from a {@link Campaign} and made back into one. A design
 * loaded and built again without edits is the same record, so the draft round-trips with the CLI's JSON file. Every
 * problem of the built design is named by its field path, as {@link CampaignCheck} names them.
 */
public final class DesignForm {

    /**
     * A built design.
     *
     * @param campaign the design the fields make (unreadable fields left empty)
     * @param problems every problem, each naming its field; empty when it can be stored
     */
    public record Built(Campaign campaign, List<FieldProblem> problems) {
    }

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Objective> objective = new SimpleObjectProperty<>(this, "objective",
            Objective.CONVERSIONS);
    private final AudienceForm audience = new AudienceForm();
    private final ObservableList<OfferForm> offers = FXCollections.observableArrayList(OfferForm::observables);
    private final LimitsForm limits = new LimitsForm();

    /** Calls {@code changed} after every edit of any field. */
    void onChange(Runnable changed) {
        InvalidationListener listener = o -> changed.run();
        List<Observable> all = new ArrayList<>(List.of(name, objective, offers));
        all.addAll(List.of(audience.observables()));
        all.addAll(List.of(limits.observables()));
        all.forEach(o -> o.addListener(listener));
    }

    /** Shows a design in the fields. */
    void load(Campaign c) {
        name.set(c.name() == null ? "" : c.name());
        objective.set(c.objective());
        audience.load(c.audience());
        offers.setAll(c.offers().stream().map(o -> o == null ? new OfferForm() : OfferForm.of(o)).toList());
        limits.load(c.policy(), c.constraints());
    }

    /** The design the fields make, with every problem. */
    Built build() {
        List<FieldProblem> unread = new ArrayList<>();
        List<Offer> built = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            built.add(offers.get(i).build(i, unread));
        }
        Campaign c = new Campaign(FieldText.orNull(name.get()), objective.get(), audience.build(unread), built,
                limits.policy(unread), limits.constraints(unread));
        List<FieldProblem> problems = new ArrayList<>(unread);
        for (FieldProblem p : CampaignCheck.problems(c)) {
            if (unread.stream().noneMatch(u -> p.path().equals(u.path()) || u.path().startsWith(p.path() + "[")
                    || u.path().startsWith(p.path() + "."))) {
                problems.add(p);
            }
        }
        return new Built(c, problems);
    }

    /** Adds an offer of a kind, named after it (kind_2 when kind_1 is taken). */
    OfferForm addOffer(Offer.Kind kind) {
        String base = kind.id();
        String name = base;
        for (int n = 2; taken(name); n++) {
            name = base + "_" + n;
        }
        OfferForm offer = OfferForm.starting(kind, name);
        offers.add(offer);
        return offer;
    }

    private boolean taken(String offerName) {
        return offers.stream().anyMatch(o -> offerName.equals(o.fields().name().get()));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Objective> objectiveProperty() {
        return objective;
    }

    public AudienceForm audience() {
        return audience;
    }

    public ObservableList<OfferForm> offers() {
        return offers;
    }

    public LimitsForm limits() {
        return limits;
    }
}
