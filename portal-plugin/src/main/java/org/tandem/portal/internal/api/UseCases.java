package org.tandem.portal.internal.api;

import java.time.Clock;

import org.tandem.core.access.AccessPolicy;
import org.tandem.core.application.CommandContext;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.mentorship.PairingRules;
import org.tandem.core.mentorship.application.ApprovingMentorship;
import org.tandem.core.mentorship.application.DraftingPersonalizedProgram;
import org.tandem.core.mentorship.application.EndingMentorship;
import org.tandem.core.mentorship.application.GivingFeedback;
import org.tandem.core.mentorship.application.ProposingMentorship;
import org.tandem.core.mentorship.application.ReassigningMentee;
import org.tandem.core.mentorship.application.RecordingMeeting;
import org.tandem.core.mentorship.application.WorkingOnProgram;
import org.tandem.core.organization.application.ChangingPolicy;
import org.tandem.core.organization.application.ConcludingNetworkAgreement;
import org.tandem.core.people.CompetencyCatalog;
import org.tandem.core.people.application.AppointingStaff;
import org.tandem.core.people.application.EnrollingParticipant;
import org.tandem.core.people.application.GivingConsent;
import org.tandem.core.people.application.RecordingMenteeQuestionnaire;
import org.tandem.core.people.application.RecordingMentorQuestionnaire;
import org.tandem.core.people.application.WithdrawingConsent;
import org.tandem.core.program.application.OpeningProgram;
import org.tandem.core.questionnaire.ImportingQuestionnaires;
import org.tandem.core.roadmap.application.KeepingRoadmaps;
import org.tandem.core.validation.CommandValidator;
import org.tandem.matching.application.ProposingMatches;
import org.tandem.portal.TandemService;

/**
 * Core's use cases on the repositories {@link TandemService} gives now. Built per request, because a storing
 * {@code TandemService} may hand out repositories bound to the current transaction.
 */
final class UseCases {

    /** The catalog questionnaires choose deficits and competencies from. */
    static final CompetencyCatalog CATALOG = CompetencyCatalog.teacherDefaults();

    private final TandemService tandem;

    UseCases(TandemService tandem) {
        this.tandem = tandem;
    }

    CommandContext context() {
        return tandem.commandContext();
    }

    KeepingRoadmaps keepingRoadmaps() {
        return new KeepingRoadmaps(context(), tandem.roadmaps());
    }

    PairingRules rules() {
        return new PairingRules(tandem.people(), tandem.organizations(), tandem.mentorships());
    }

    AppointingStaff appointing() {
        return new AppointingStaff(context(), tandem.people());
    }

    ChangingPolicy changingPolicy() {
        return new ChangingPolicy(context(), tandem.organizations());
    }

    ConcludingNetworkAgreement concludingAgreement() {
        return new ConcludingNetworkAgreement(context(), tandem.organizations());
    }

    ReassigningMentee reassigning() {
        return new ReassigningMentee(context(), tandem.programs(), tandem.mentorships(), rules());
    }

    EnrollingParticipant enrolling() {
        return tandem.enrollingParticipant();
    }

    GivingConsent givingConsent() {
        return new GivingConsent(context(), tandem.people());
    }

    WithdrawingConsent withdrawingConsent() {
        return new WithdrawingConsent(context(), tandem.people(), tandem.mentorships());
    }

    RecordingMenteeQuestionnaire menteeQuestionnaire() {
        return new RecordingMenteeQuestionnaire(context(), tandem.people(), CATALOG);
    }

    RecordingMentorQuestionnaire mentorQuestionnaire() {
        return new RecordingMentorQuestionnaire(context(), tandem.people(), CATALOG);
    }

    ImportingQuestionnaires importing() {
        return new ImportingQuestionnaires(context(), tandem.people(), CATALOG, tandem.columnMappings(), enrolling(),
                menteeQuestionnaire(), mentorQuestionnaire());
    }

    OpeningProgram openingProgram() {
        return tandem.openingProgram();
    }

    ProposingMentorship proposing() {
        return tandem.proposingMentorship();
    }

    ApprovingMentorship approving() {
        return tandem.approvingMentorship();
    }

    EndingMentorship ending() {
        return new EndingMentorship(context(), tandem.programs(), tandem.mentorships(), tandem.personalizedPrograms());
    }

    RecordingMeeting recordingMeeting() {
        return new RecordingMeeting(context(), tandem.programs(), tandem.mentorships());
    }

    GivingFeedback givingFeedback() {
        return new GivingFeedback(context(), tandem.programs(), tandem.mentorships());
    }

    DraftingPersonalizedProgram drafting() {
        return new DraftingPersonalizedProgram(context(), tandem.programs(), tandem.mentorships(),
                tandem.personalizedPrograms(), tandem.people(), tandem.organizations());
    }

    WorkingOnProgram workingOnProgram() {
        return new WorkingOnProgram(context(), tandem.programs(), tandem.mentorships(), tandem.personalizedPrograms());
    }

    ProposingMatches matching() {
        return tandem.proposingMatches();
    }

    /**
     * Matching that proposes into {@code scratch} and records no event: a preview. The access policy is still
     * the real one (through the real context), and so is the day.
     */
    ProposingMatches previewMatching(Mentorships scratch) {
        CommandContext real = context();
        AccessPolicy access = (actor, action, target) -> real.deny(actor, action, target);
        Clock clock = Clock.fixed(real.now(), real.clock().getZone());
        CommandContext quiet = new CommandContext(clock, access, CommandValidator.create(clock), event -> { });
        PairingRules rules = new PairingRules(tandem.people(), tandem.organizations(), scratch);
        ProposingMentorship proposing = new ProposingMentorship(quiet, tandem.programs(), scratch, rules);
        return new ProposingMatches(quiet, tandem.people(), tandem.organizations(), tandem.programs(), scratch,
                proposing, tandem.matchingPlugins());
    }
}
