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

    /**
     * The fields: the policy and its ε; the budget; the frequency cap's maximum and period; the holdout share; the
     * exclusion group; the start and end days.
     */
    public record Fields(ObjectProperty<Policy.Kind> policy, StringProperty epsilon, StringProperty budget,
                         StringProperty capMax, ObjectProperty<CapPeriod> capPer, StringProperty holdout,
                         StringProperty exclusionGroup, ObjectProperty<LocalDate> start, ObjectProperty<LocalDate> end) {

        Fields() {
            this(new SimpleObjectProperty<>(Policy.Kind.GREEDY), new SimpleStringProperty(""),
                    new SimpleStringProperty(""), new SimpleStringProperty(""),
                    new SimpleObjectProperty<>(CapPeriod.NONE), new SimpleStringProperty(""),
                    new SimpleStringProperty(""), new SimpleObjectProperty<>(), new SimpleObjectProperty<>());
        }
    }

    private final Fields fields = new Fields();
    private Policy loadedPolicy;
    private Constraints loadedConstraints;

    void load(Policy p, Constraints c) {
        loadedPolicy = p;
        loadedConstraints = c;
        fields.policy().set(p == null ? Policy.Kind.GREEDY : p.kind());
        fields.epsilon().set(p == null ? "" : FieldText.number(p.epsilon()));
        Constraints k = c == null ? Constraints.none() : c;
        fields.budget().set(FieldText.number(k.budget()));
        Constraints.FrequencyCap cap = k.frequencyCap();
        fields.capMax().set(cap == null ? "" : FieldText.number(cap.max()));
        fields.capPer().set(cap == null || cap.per() == null ? CapPeriod.NONE : CapPeriod.valueOf(cap.per().name()));
        fields.holdout().set(FieldText.number(k.holdout()));
        fields.exclusionGroup().set(k.exclusionGroup() == null ? "" : k.exclusionGroup());
        fields.start().set(k.start());
        fields.end().set(k.end());
    }

    /** The policy, or null when it is greedy by default (as it was read). */
    Policy policy(List<FieldProblem> out) {
        Policy.Kind kind = fields.policy().get();
        String epsilon = fields.epsilon().get();
        Policy p = new Policy(kind, kind == Policy.Kind.EPSILON_GREEDY || !epsilon.isBlank()
                ? FieldText.decimal(epsilon, "policy.epsilon", out) : null);
        return p.equals(Policy.greedy()) && loadedPolicy == null ? null : p;
    }

    /** The constraints, or null when none is set (and none was read). */
    Constraints constraints(List<FieldProblem> out) {
        Integer max = FieldText.count(fields.capMax().get(), "constraints.frequency_cap.max", out);
        Constraints.FrequencyCap cap = max == null && fields.capPer().get() == CapPeriod.NONE ? null
                : new Constraints.FrequencyCap(max, fields.capPer().get() == CapPeriod.NONE ? null
                : Constraints.Period.valueOf(fields.capPer().get().name()));
        Constraints c = new Constraints(FieldText.decimal(fields.budget().get(), "constraints.budget", out), cap,
                FieldText.decimal(fields.holdout().get(), "constraints.holdout", out),
                FieldText.orNull(fields.exclusionGroup().get()), fields.start().get(), fields.end().get());
        return c.equals(Constraints.none()) && !c.equals(loadedConstraints) ? null : c;
    }

    /** Everything an edit changes. */
    Observable[] observables() {
        return new Observable[]{fields.policy(), fields.epsilon(), fields.budget(), fields.capMax(), fields.capPer(),
                fields.holdout(), fields.exclusionGroup(), fields.start(), fields.end()};
    }

    public Fields fields() {
        return fields;
    }
}
