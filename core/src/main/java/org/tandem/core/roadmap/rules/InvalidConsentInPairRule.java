package org.tandem.core.roadmap.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.people.Person;
import org.tandem.core.shared.PersonId;

/**
 * A mentor or current mentee of an approved or active pair or group whose consent to personal-data processing
 * for mentoring is not in force on the evaluation date (withdrawn, or the person is unknown or erased). Withdrawing
 * through Tandem takes the person out of the pair; this catches state that arrived another way (an import, a
 * host's own storage). An error: processing the person's data without consent breaks law 152-FZ. Silent without
 * live state.
 */
public final class InvalidConsentInPairRule implements RoadmapRule {

    public static final String ID = "participant.consent-invalid";

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
            if (!mentorship.status().holdsCapacity()) {
                continue;
            }
            check(mentorship.mentor(), true, mentorship, state, context, findings);
            for (PersonId mentee : mentorship.currentMentees()) {
                check(mentee, false, mentorship, state, context, findings);
            }
        }
        return findings;
    }

    private static void check(PersonId id, boolean mentor, Mentorship mentorship, LiveState state, RuleContext context,
                              List<Finding> findings) {
        Optional<Person> person = state.people().find(id);
        if (person.filter(p -> p.hasValidConsent(context.date())).isPresent()) {
            return;
        }
        // Identities only: the person's name may already be erased, and must not outlive the consent.
        findings.add(Finding.error(ID, Subject.person(id),
                "У участника " + id.value() + " (" + (mentor ? "наставник" : "наставляемый")
                        + ") нет действующего согласия на обработку персональных данных на " + Texts.ru(context.date())
                        + ", а " + Pairs.ru(mentorship) + " продолжает работу: выведите его или получите новое согласие",
                "Participant " + id.value() + " (" + (mentor ? "mentor" : "mentee")
                        + ") has no consent to personal-data processing in force on " + Texts.en(context.date())
                        + ", yet " + Pairs.en(mentorship) + " goes on: release them or obtain a new consent"));
    }
}
