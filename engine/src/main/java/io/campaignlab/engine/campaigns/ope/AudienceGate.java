package io.campaignlab.engine.campaigns.ope;

import io.campaignlab.engine.frames.Frame;
import io.campaignlab.engine.frames.FrameColumn;

import java.util.Set;

/**
 * A campaign's audience as a policy sees it: a unit whose user is not one of the audience's members gets the arm
 * that stands for no offer, whatever the policy's rules say, as the decision engine answers {@code not_in_audience}.
 *
 * @param userColumn the dataset's user id column
 * @param members    the audience's user ids, as text (a whole number without a decimal point)
 * @param controlArm the logged arm that stands for no offer
 */
public record AudienceGate(String userColumn, Set<String> members, String controlArm) {

    public AudienceGate {
        members = Set.copyOf(members);
    }

    /** Whether each unit of the frame is in the audience. */
    public boolean[] admits(Frame frame) {
        FrameColumn ids = frame.column(userColumn);
        boolean[] out = new boolean[frame.rows()];
        if (ids instanceof FrameColumn.Numbers x) {
            double[] v = x.values();
            for (int i = 0; i < v.length; i++) {
                out[i] = members.contains(v[i] == Math.rint(v[i]) ? Long.toString((long) v[i]) : Double.toString(v[i]));
            }
        } else {
            String[] v = ids.asLabels();
            for (int i = 0; i < v.length; i++) {
                out[i] = v[i] != null && members.contains(v[i]);
            }
        }
        return out;
    }
}
