package org.tandem.core.guice;

import java.time.Clock;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;

import org.tandem.core.access.AccessPolicy;
import org.tandem.core.access.RoleBasedAccessPolicy;
import org.tandem.core.application.CommandContext;
import org.tandem.core.inmemory.InMemoryAuditLog;
import org.tandem.core.inmemory.InMemoryMentorships;
import org.tandem.core.inmemory.InMemoryOrganizations;
import org.tandem.core.inmemory.InMemoryPeople;
import org.tandem.core.inmemory.InMemoryPersonalizedPrograms;
import org.tandem.core.inmemory.InMemoryPrograms;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.mentorship.PairingRules;
import org.tandem.core.mentorship.PersonalizedPrograms;
import org.tandem.core.mentorship.application.ApprovingMentorship;
import org.tandem.core.mentorship.application.DraftingPersonalizedProgram;
import org.tandem.core.mentorship.application.EndingMentorship;
import org.tandem.core.mentorship.application.GivingFeedback;
import org.tandem.core.mentorship.application.ProposingMentorship;
import org.tandem.core.mentorship.application.ReassigningMentee;
import org.tandem.core.mentorship.application.RecordingMeeting;
import org.tandem.core.mentorship.application.WorkingOnProgram;
import org.tandem.core.organization.Organizations;
import org.tandem.core.organization.application.ChangingPolicy;
import org.tandem.core.organization.application.ConcludingNetworkAgreement;
import org.tandem.core.people.CompetencyCatalog;
import org.tandem.core.people.People;
import org.tandem.core.people.application.AppointingStaff;
import org.tandem.core.people.application.EnrollingParticipant;
import org.tandem.core.people.application.GivingConsent;
import org.tandem.core.people.application.RecordingMenteeQuestionnaire;
import org.tandem.core.people.application.RecordingMentorQuestionnaire;
import org.tandem.core.people.application.WithdrawingConsent;
import org.tandem.core.program.Programs;
import org.tandem.core.questionnaire.ColumnMappings;
import org.tandem.core.questionnaire.ImportingQuestionnaires;
import org.tandem.core.questionnaire.InMemoryColumnMappings;
import org.tandem.core.roadmap.application.KeepingRoadmaps;
import org.tandem.core.roadmap.store.InMemoryRoadmaps;
import org.tandem.core.roadmap.store.Roadmaps;
import org.tandem.core.program.application.OpeningProgram;
import org.tandem.core.shared.DomainEvents;
import org.tandem.core.validation.CommandValidator;

/**
 * Wires Tandem's use cases for a plain-Java host. Every plug-in point has a default a host replaces with
 * {@link OptionalBinder#setBinding()} in its own module: the repositories (in memory by default; the persistence
 * module binds its own), the {@link Clock} (the system clock), the {@link AccessPolicy} (role-based), where
 * {@link DomainEvents} go (an in-memory audit log), the {@link CompetencyCatalog} (the teacher defaults) and the
 * saved {@link ColumnMappings} of questionnaire imports and the kept {@link Roadmaps} (in memory).
 */
public final class TandemCoreModule extends AbstractModule {

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), Clock.class).setDefault().toInstance(Clock.systemDefaultZone());
        OptionalBinder.newOptionalBinder(binder(), People.class).setDefault().to(InMemoryPeople.class);
        OptionalBinder.newOptionalBinder(binder(), Organizations.class).setDefault().to(InMemoryOrganizations.class);
        OptionalBinder.newOptionalBinder(binder(), Programs.class).setDefault().to(InMemoryPrograms.class);
        OptionalBinder.newOptionalBinder(binder(), Mentorships.class).setDefault().to(InMemoryMentorships.class);
        OptionalBinder.newOptionalBinder(binder(), PersonalizedPrograms.class).setDefault()
                .to(InMemoryPersonalizedPrograms.class);
        OptionalBinder.newOptionalBinder(binder(), DomainEvents.class).setDefault().to(InMemoryAuditLog.class);
        OptionalBinder.newOptionalBinder(binder(), AccessPolicy.class).setDefault().to(RoleBasedAccessPolicy.class);
        OptionalBinder.newOptionalBinder(binder(), CompetencyCatalog.class).setDefault()
                .toInstance(CompetencyCatalog.teacherDefaults());
        OptionalBinder.newOptionalBinder(binder(), ColumnMappings.class).setDefault().to(InMemoryColumnMappings.class);
        bind(InMemoryColumnMappings.class).in(Singleton.class);
        OptionalBinder.newOptionalBinder(binder(), Roadmaps.class).setDefault().to(InMemoryRoadmaps.class);
        bind(InMemoryRoadmaps.class).in(Singleton.class);
        bind(InMemoryPeople.class).in(Singleton.class);
        bind(InMemoryOrganizations.class).in(Singleton.class);
        bind(InMemoryPrograms.class).in(Singleton.class);
        bind(InMemoryMentorships.class).in(Singleton.class);
        bind(InMemoryPersonalizedPrograms.class).in(Singleton.class);
        bind(InMemoryAuditLog.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    RoleBasedAccessPolicy roleBasedAccessPolicy(People people, Organizations organizations) {
        return new RoleBasedAccessPolicy(people, organizations);
    }

    @Provides
    @Singleton
    CommandValidator commandValidator(Clock clock) {
        return CommandValidator.create(clock);
    }

    @Provides
    @Singleton
    CommandContext commandContext(Clock clock, AccessPolicy access, CommandValidator validator, DomainEvents events) {
        return new CommandContext(clock, access, validator, events);
    }

    @Provides
    @Singleton
    PairingRules pairingRules(People people, Organizations organizations, Mentorships mentorships) {
        return new PairingRules(people, organizations, mentorships);
    }

    @Provides
    ChangingPolicy changingPolicy(CommandContext context, Organizations organizations) {
        return new ChangingPolicy(context, organizations);
    }

    @Provides
    ConcludingNetworkAgreement concludingNetworkAgreement(CommandContext context, Organizations organizations) {
        return new ConcludingNetworkAgreement(context, organizations);
    }

    @Provides
    AppointingStaff appointingStaff(CommandContext context, People people) {
        return new AppointingStaff(context, people);
    }

    @Provides
    EnrollingParticipant enrollingParticipant(CommandContext context, People people) {
        return new EnrollingParticipant(context, people);
    }

    @Provides
    GivingConsent givingConsent(CommandContext context, People people) {
        return new GivingConsent(context, people);
    }

    @Provides
    WithdrawingConsent withdrawingConsent(CommandContext context, People people, Mentorships mentorships) {
        return new WithdrawingConsent(context, people, mentorships);
    }

    @Provides
    RecordingMenteeQuestionnaire recordingMenteeQuestionnaire(CommandContext context, People people,
                                                              CompetencyCatalog catalog) {
        return new RecordingMenteeQuestionnaire(context, people, catalog);
    }

    @Provides
    RecordingMentorQuestionnaire recordingMentorQuestionnaire(CommandContext context, People people,
                                                              CompetencyCatalog catalog) {
        return new RecordingMentorQuestionnaire(context, people, catalog);
    }

    @Provides
    KeepingRoadmaps keepingRoadmaps(CommandContext context, Roadmaps roadmaps) {
        return new KeepingRoadmaps(context, roadmaps);
    }

    @Provides
    OpeningProgram openingProgram(CommandContext context, Programs programs, People people) {
        return new OpeningProgram(context, programs, people);
    }

    @Provides
    ProposingMentorship proposingMentorship(CommandContext context, Programs programs, Mentorships mentorships,
                                            PairingRules rules) {
        return new ProposingMentorship(context, programs, mentorships, rules);
    }

    @Provides
    ApprovingMentorship approvingMentorship(CommandContext context, Programs programs, Mentorships mentorships,
                                            PairingRules rules) {
        return new ApprovingMentorship(context, programs, mentorships, rules);
    }

    @Provides
    ReassigningMentee reassigningMentee(CommandContext context, Programs programs, Mentorships mentorships,
                                        PairingRules rules) {
        return new ReassigningMentee(context, programs, mentorships, rules);
    }

    @Provides
    EndingMentorship endingMentorship(CommandContext context, Programs programs, Mentorships mentorships,
                                      PersonalizedPrograms personalizedPrograms) {
        return new EndingMentorship(context, programs, mentorships, personalizedPrograms);
    }

    @Provides
    DraftingPersonalizedProgram draftingPersonalizedProgram(CommandContext context, Programs programs,
                                                            Mentorships mentorships,
                                                            PersonalizedPrograms personalizedPrograms,
                                                            People people, Organizations organizations) {
        return new DraftingPersonalizedProgram(context, programs, mentorships, personalizedPrograms, people,
                organizations);
    }

    @Provides
    WorkingOnProgram workingOnProgram(CommandContext context, Programs programs, Mentorships mentorships,
                                      PersonalizedPrograms personalizedPrograms) {
        return new WorkingOnProgram(context, programs, mentorships, personalizedPrograms);
    }

    @Provides
    RecordingMeeting recordingMeeting(CommandContext context, Programs programs, Mentorships mentorships) {
        return new RecordingMeeting(context, programs, mentorships);
    }

    @Provides
    ImportingQuestionnaires importingQuestionnaires(CommandContext context, People people, CompetencyCatalog catalog,
                                                    ColumnMappings mappings, EnrollingParticipant enrolling,
                                                    RecordingMenteeQuestionnaire mentees,
                                                    RecordingMentorQuestionnaire mentors) {
        return new ImportingQuestionnaires(context, people, catalog, mappings, enrolling, mentees, mentors);
    }

    @Provides
    GivingFeedback givingFeedback(CommandContext context, Programs programs, Mentorships mentorships) {
        return new GivingFeedback(context, programs, mentorships);
    }
}
