package io.campaignlab.engine.campaigns;

import java.util.List;
import java.util.stream.Collectors;

/** A campaign design that cannot be used, with every problem found, each naming its field. */
public final class CampaignFileException extends IllegalArgumentException {

    private final transient List<FieldProblem> problems;

    public CampaignFileException(String what, List<FieldProblem> problems) {
        super(message(what, problems));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String message(String what, List<FieldProblem> problems) {
        if (problems.size() == 1) {
            return what + ": " + problems.get(0).message();
        }
        return what + " has " + problems.size() + " problems:" + problems.stream()
                .map(p -> System.lineSeparator() + "  " + p.message()).collect(Collectors.joining());
    }
}
