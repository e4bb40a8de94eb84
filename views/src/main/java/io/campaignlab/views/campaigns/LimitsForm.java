package io.campaignlab.views.campaigns;

import io.campaignlab.engine.campaigns.Constraints;
import io.campaignlab.engine.campaigns.FieldProblem;
import io.campaignlab.engine.campaigns.Policy;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;
import java.util.List;

/**
 * The designer's policy (greedy, ε-greedy with its ε, Thompson sampling) and constraints (budget, frequency cap per
 * day or week, holdout share, exclusion group, start and end days). A design without a policy or constraints is
 * written back without them, as it was read.
 */
public final class LimitsForm {

    /** The frequency cap's period, or none. */
    public enum CapPeriod {
        NONE("no cap"), DAY("per day"), WEEK("per week");

        private final String label;

        CapPeriod(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ObjectProperty<Policy.Kind> policy = new SimpleObjectProperty<>(this, "policy", Policy.Kind.GREEDY);
    private final StringProperty epsilon = new SimpleStringProperty(this, "epsilon", "");
    private final StringProperty budget = new SimpleStringProperty(this, "budget", "");
    private final StringProperty capMax = new SimpleStringProperty(this, "capMax", "");
    private final ObjectProperty<CapPeriod> capPer = new SimpleObjectProperty<>(this, "capPer", CapPeriod.NONE);
    private final StringProperty holdout = new SimpleStringProperty(this, "holdout", "");
    private final StringProperty exclusionGroup = new SimpleStringProperty(this, "exclusionGroup", "");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>(this, "start");
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>(this, "end");
    private Policy loadedPolicy;
    private Constraints loadedConstraints;

    void load(Policy p, Constraints c) {
        loadedPolicy = p;
        loadedConstraints = c;
        policy.set(p == null ? Policy.Kind.GREEDY : p.kind());
        epsilon.set(p == null ? "" : FieldText.number(p.epsilon()));
        Constraints k = c == null ? Constraints.none() : c;
        budget.set(FieldText.number(k.budget()));
        Constraints.FrequencyCap cap = k.frequencyCap();
        capMax.set(cap == null ? "" : FieldText.number(cap.max()));
        capPer.set(cap == null || cap.per() == null ? CapPeriod.NONE : CapPeriod.valueOf(cap.per().name()));
        holdout.set(FieldText.number(k.holdout()));
        exclusionGroup.set(k.exclusionGroup() == null ? "" : k.exclusionGroup());
        start.set(k.start());
        end.set(k.end());
    }

    /** The policy, or null when it is greedy by default (as it was read). */
    Policy policy(List<FieldProblem> out) {
        Policy p = new Policy(policy.get(), policy.get() == Policy.Kind.EPSILON_GREEDY || !epsilon.get().isBlank()
                ? FieldText.decimal(epsilon.get(), "policy.epsilon", out) : null);
        return p.equals(Policy.greedy()) && loadedPolicy == null ? null : p;
    }

    /** The constraints, or null when none is set (and none was read). */
    Constraints constraints(List<FieldProblem> out) {
        Integer max = FieldText.count(capMax.get(), "constraints.frequency_cap.max", out);
        Constraints.FrequencyCap cap = max == null && capPer.get() == CapPeriod.NONE ? null
                : new Constraints.FrequencyCap(max, capPer.get() == CapPeriod.NONE ? null
                : Constraints.Period.valueOf(capPer.get().name()));
        Constraints c = new Constraints(FieldText.decimal(budget.get(), "constraints.budget", out), cap,
                FieldText.decimal(holdout.get(), "constraints.holdout", out), FieldText.orNull(exclusionGroup.get()),
                start.get(), end.get());
        return c.equals(Constraints.none()) && !c.equals(loadedConstraints) ? null : c;
    }

    /** Everything an edit changes. */
    Observable[] observables() {
        return new Observable[]{policy, epsilon, budget, capMax, capPer, holdout, exclusionGroup, start, end};
    }

    public ObjectProperty<Policy.Kind> policyProperty() {
        return policy;
    }

    public StringProperty epsilonProperty() {
        return epsilon;
    }

    public StringProperty budgetProperty() {
        return budget;
    }

    public StringProperty capMaxProperty() {
        return capMax;
    }

    public ObjectProperty<CapPeriod> capPerProperty() {
        return capPer;
    }

    public StringProperty holdoutProperty() {
        return holdout;
    }

    public StringProperty exclusionGroupProperty() {
        return exclusionGroup;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<LocalDate> endProperty() {
        return end;
    }
}
