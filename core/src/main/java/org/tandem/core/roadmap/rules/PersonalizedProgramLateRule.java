package org.tandem.core.roadmap.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tandem.core.mentorship.ApprovalOrder;
import org.tandem.core.mentorship.Mentorship;

/**
 * An approved or active pair or group that still has no personalized program more than
 * {@code policy.daysToPersonalizedProgram} days after the order that fixed it. The policy is that of the
 * organization running the mentorship's program. Silent without live state.
 */
public final class PersonalizedProgramLateRule implements RoadmapRule {

    public static final String ID = "mentorship.program-late";

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
            if (!mentorship.status().holdsCapacity() || mentorship.order().isEmpty()) {
                continue;
            }
            ApprovalOrder order = mentorship.order().get();
            int days = state.policyOf(mentorship).daysToPersonalizedProgram();
            LocalDate due = order.date().plusDays(days);
            if (context.date().isAfter(due) && state.personalizedPrograms().ofMentorship(mentorship.id()).isEmpty()) {
                findings.add(Finding.warning(ID, Subject.mentorship(mentorship.id()),
                        Pairs.capitalized(Pairs.ru(mentorship)) + " (" + Pairs.ruOrder(order)
                                + ") без персонализированной программы: её нужно было составить до " + Texts.ru(due)
                                + " (" + days + " дн. после приказа)",
                        Pairs.capitalized(Pairs.en(mentorship)) + " (" + Pairs.enOrder(order)
                                + ") has no personalized program: it was due by " + Texts.en(due)
                                + " (" + days + " days after the order)"));
            }
        }
        return findings;
    }
}
