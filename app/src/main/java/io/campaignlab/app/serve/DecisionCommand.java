package io.campaignlab.app.serve;

import io.campaignlab.app.command.Output;
import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.campaigns.decide.Decision;
import io.campaignlab.engine.campaigns.decide.DecisionTrace;
import io.campaignlab.engine.campaigns.decide.FilledSlots;
import io.campaignlab.persistence.campaigns.JdbcDecisionReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.Locale;

/** {@code campaign-lab decision ID}: a logged decision and its trace, replayed from the decision log. */
@Command(name = "decision", description = "Show a logged decision of the decision service and its trace: the"
        + " eligibility rules passed or failed, the candidates' scores, the caps hit, a recommendation's slots and"
        + " where they came from, the explanation and why the winner won.")
public final class DecisionCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The decision_id the service returned.")
    String id;

    @Override
    protected int run(WorkspaceServices services, Output output) {
        Decision d = new JdbcDecisionReader(services.workspace().dataSource()).find(id)
                .orElseThrow(() -> new IllegalArgumentException("there is no logged decision '" + id + "'"));
        if (json()) {
            output.json(d);
            return 0;
        }
        output.line("Decision %s for %s at %s", d.decisionId(), d.userId(), d.decidedAt());
        output.line("  campaign %s version %d, arm %s", d.campaign(), d.version(), d.arm());
        output.line("  offer %s", d.offer() == null ? "none (" + d.trace().fallback() + ")" : String.format(
                Locale.ROOT, "%s: %s %s off, score %.4g, cost %d cents", d.offer(), d.discount(), d.discountUnit(),
                d.score(), d.costCents()));
        DecisionTrace t = d.trace();
        output.line("  holdout hash %.4f against a share of %.2f; policy %s, segment %s", t.holdoutU(),
                t.holdoutShare(), t.policy(), t.segment());
        for (DecisionTrace.RuleCheck r : t.rules()) {
            output.line("  rule  %-6s %s: %s (%s)", r.passed() ? "passed" : "failed", r.offer(), r.condition(),
                    r.note());
        }
        for (DecisionTrace.CandidateScore c : t.candidates()) {
            output.line("  candidate %s: score %.4g, cost %d cents", c.offer(), c.score(), c.costCents());
        }
        t.capsHit().forEach(cap -> output.line("  cap hit: %s", cap));
        DecisionTrace.Pricing p = t.pricing();
        if (p != null) {
            output.line("  priced: %d %% of menu %s at price %.2f, unit cost %.2f: margin %.2f (minimum %s),"
                    + " P(buy) %.4f, expected margin %.4f; running mean discount %.2f %% of a %.2f %% cap%s",
                    p.discountPct(), p.menuPct(), p.listPrice(), p.unitCost(), p.margin(),
                    p.minMargin() == null ? "none" : String.format(Locale.ROOT, "%.2f", p.minMargin()),
                    p.purchase().get(p.menuPct().indexOf(p.discountPct())), p.expectedMargin(), p.averageBefore(),
                    p.averageCap(), p.cappedFromPct() == null ? "" : " (lowered from " + p.cappedFromPct() + " %)");
        }
        slotsAndExplanation(d, output);
        output.line("  why: %s", t.winner());
        return 0;
    }

    /** A recommendation's slots and where they came from; a coupon's or discount's explanation or why none. */
    private static void slotsAndExplanation(Decision d, Output output) {
        FilledSlots r = d.trace().recommendation();
        if (r != null) {
            output.line("  slots filled by %s of run %d (%s)%s:", r.source(), r.run(), r.model(), r.coldStart()
                    ? ", a cold start: " + r.why() : "");
            int rank = 1;
            for (Decision.Slot s : d.slots()) {
                output.line("    %d. %s%s  score %.4f", rank++, s.item(), s.name() == null ? "" : " " + s.name()
                        + (s.category() == null ? "" : " · " + s.category()), s.score());
            }
        }
        DecisionTrace.Explanation how = d.trace().explained();
        if (how != null && how.note() != null) {
            output.line("  explanation: none, %s", how.note());
        } else if (how != null) {
            output.line("  explained by run %d (%s), row %d: %s", how.run(), how.model(), how.row(), how.method());
        }
        for (Decision.Contribution c : d.explanation()) {
            output.line("    %-28s %+.4f", c.feature(), c.contribution());
        }
    }
}
