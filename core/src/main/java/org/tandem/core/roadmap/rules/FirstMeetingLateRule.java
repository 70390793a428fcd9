package org.tandem.core.roadmap.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tandem.core.mentorship.ApprovalOrder;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.MentorshipStatus;

/**
 * An approved pair or group that has not held its first (organizational) meeting more than
 * {@code policy.daysToFirstMeeting} days after the order that fixed it. A mentorship becomes active with its
 * first meeting, so "approved" is exactly "no first meeting yet". Silent without live state.
 */
public final class FirstMeetingLateRule implements RoadmapRule {

    public static final String ID = "mentorship.first-meeting-late";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        if (context.liveState().isEmpty()) {
            return List.of();
        }
        LiveState state = context.liveState().get();
        List<Finding> findings = new ArrayList<>();
        for (Mentorship mentorship : state.mentorshipsInScope()) {
            if (mentorship.status() != MentorshipStatus.APPROVED || mentorship.order().isEmpty()) {
                continue;
            }
            ApprovalOrder order = mentorship.order().get();
            int days = state.policyOf(mentorship).daysToFirstMeeting();
            LocalDate due = order.date().plusDays(days);
            if (context.date().isAfter(due)) {
                findings.add(Finding.warning(ID, Subject.mentorship(mentorship.id()),
                        Pairs.capitalized(Pairs.ru(mentorship)) + " (" + Pairs.ruOrder(order)
                                + ") не провела первую, организационную встречу: срок истёк " + Texts.ru(due)
                                + " (" + days + " дн. после приказа)",
                        Pairs.capitalized(Pairs.en(mentorship)) + " (" + Pairs.enOrder(order)
                                + ") has not held its first, organizational meeting: it was due by " + Texts.en(due)
                                + " (" + days + " days after the order)"));
            }
        }
        return findings;
    }
}
