package org.tandem.portal.internal.api;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.tandem.core.mentorship.Feedback;
import org.tandem.core.mentorship.Goal;
import org.tandem.core.mentorship.Meeting;
import org.tandem.core.mentorship.Membership;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.PersonalizedProgram;
import org.tandem.core.mentorship.PlannedTask;
import org.tandem.core.organization.MentoringPolicy;
import org.tandem.core.organization.Organization;
import org.tandem.core.people.Competency;
import org.tandem.core.people.Consent;
import org.tandem.core.people.ConsentPurpose;
import org.tandem.core.people.MenteeProfile;
import org.tandem.core.people.MentorProfile;
import org.tandem.core.people.Person;
import org.tandem.core.people.RoleAssignment;
import org.tandem.core.program.MentoringForm;
import org.tandem.core.program.MentoringProgram;
import org.tandem.core.shared.PersonId;
import org.tandem.portal.TandemService;

/**
 * The JSON shapes of the API's answers (records Jackson writes as they are) and how core's objects map onto them.
 * Dates are ISO text; sets come out sorted, so that the same state gives the same JSON.
 */
final class Views {

    private final TandemService tandem;

    Views(TandemService tandem) {
        this.tandem = tandem;
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }

    static <E extends Enum<E>> List<String> names(Collection<E> values) {
        return values.stream().sorted().map(Enum::name).toList();
    }

    static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }

    // ---- people

    /** A person as other objects name him: the id and the name (a dash once his data is erased). */
    record PersonRef(String id, String name) {
    }

    PersonRef ref(PersonId id) {
        return new PersonRef(id.value(), tandem.people().find(id).map(Person::fullName).orElse(id.value()));
    }

    List<PersonRef> refs(Collection<PersonId> ids) {
        return ids.stream().map(this::ref).toList();
    }

    record RoleView(String organization, String role) {
        static RoleView of(RoleAssignment assignment) {
            return new RoleView(assignment.organization().value(), assignment.role().name());
        }
    }

    record ConsentView(String purpose, String givenOn, String givenBy, String representative, String withdrawnOn,
                       boolean valid) {
        static ConsentView of(Consent consent, LocalDate today) {
            return new ConsentView(consent.purpose().name(), date(consent.givenOn()), consent.givenBy().name(),
                    consent.representative().orElse(null), date(consent.withdrawnOn()), consent.isValidOn(today));
        }
    }

    record MenteeView(String category, List<String> subjects, List<String> deficits, List<String> requests,
                      String preferredFormat, List<String> availableDays, String teachingStart,
                      List<String> observations) {
        static MenteeView of(MenteeProfile profile) {
            return new MenteeView(profile.category().name(), sorted(profile.subjects()), codes(profile.deficits()),
                    profile.requests(), profile.preferredFormat().name(), names(profile.availableDays()),
                    date(profile.teachingStart()), profile.observations());
        }
    }

    record MentorView(String category, List<String> competencies, List<String> subjects, String careerStart,
                      int capacity, boolean trainingCompleted, boolean willingToMentorElsewhere,
                      String preferredFormat, List<String> availableDays, List<String> achievements) {
        static MentorView of(MentorProfile profile) {
            return new MentorView(profile.category().name(), codes(profile.competencies()), sorted(profile.subjects()),
                    date(profile.careerStart()), profile.capacity(), profile.trainingCompleted(),
                    profile.willingToMentorElsewhere(), profile.preferredFormat().name(),
                    names(profile.availableDays()), profile.achievements());
        }
    }

    static List<String> codes(Collection<Competency> competencies) {
        return competencies.stream().map(Competency::code).sorted().toList();
    }

    record ParticipantView(String id, String fullName, String birthDate, boolean erased, List<RoleView> roles,
                           String consentStatus, List<ConsentView> consents, MenteeView mentee, MentorView mentor) {
    }

    /** {@code VALID}, {@code WITHDRAWN} or {@code NONE}: the person's consent for mentoring on {@code day}. */
    static String consentStatus(Person person, LocalDate day) {
        if (person.hasValidConsent(day)) {
            return "VALID";
        }
        boolean withdrawn = person.isErased() || person.consents().stream()
                .anyMatch(c -> c.purpose() == ConsentPurpose.MENTORING && c.withdrawnOn().isPresent());
        return withdrawn ? "WITHDRAWN" : "NONE";
    }

    ParticipantView participant(Person person) {
        LocalDate today = tandem.commandContext().today();
        return new ParticipantView(person.id().value(), person.fullName(), date(person.birthDate()),
                person.isErased(),
                person.roles().stream().map(RoleView::of)
                        .sorted(Comparator.comparing(RoleView::organization).thenComparing(RoleView::role)).toList(),
                consentStatus(person, today),
                person.consents().stream().map(c -> ConsentView.of(c, today)).toList(),
                person.menteeProfile().map(MenteeView::of).orElse(null),
                person.mentorProfile().map(MentorView::of).orElse(null));
    }

    // ---- organizations

    record PolicyView(int youngTeacherMaxAge, int youngTeacherMaxTeachingYears, int minMentorExperienceYears,
                      int maxMenteesPerMentor, long minProgramMonths, long maxProgramMonths, int daysToFirstMeeting,
                      int daysToPersonalizedProgram, boolean mentorTrainingRequired) {
        static PolicyView of(MentoringPolicy policy) {
            return new PolicyView(policy.youngTeacherMaxAge(), policy.youngTeacherMaxTeachingYears(),
                    policy.minMentorExperienceYears(), policy.maxMenteesPerMentor(),
                    months(policy.minProgramDuration()), months(policy.maxProgramDuration()),
                    policy.daysToFirstMeeting(), policy.daysToPersonalizedProgram(), policy.mentorTrainingRequired());
        }

        private static long months(Period period) {
            return period.toTotalMonths();
        }
    }

    record OrganizationView(String id, String name, String type, String parent, String partnerKind,
                            PolicyView policy) {
        static OrganizationView of(Organization organization) {
            return new OrganizationView(organization.id().value(), organization.name(), organization.type().name(),
                    organization.parent().map(p -> p.value()).orElse(null),
                    organization.partnerKind().map(Enum::name).orElse(null), PolicyView.of(organization.policy()));
        }
    }

    // ---- programs and mentorships

    record FormView(String code, String name) {
        static FormView of(MentoringForm form, Locale locale) {
            return new FormView(form.code(), form.name().in(locale));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProgramView(String id, String organization, String title, FormView form, List<String> kinds, String start,
                       String end, String curator, List<String> participatingOrganizations,
                       List<MentorshipSummary> mentorships) {
    }

    ProgramView program(MentoringProgram program, Locale locale, boolean withMentorships) {
        List<MentorshipSummary> mentorships = withMentorships
                ? tandem.mentorships().ofProgram(program.id()).stream()
                        .sorted(Comparator.comparing(m -> m.id().value())).map(this::summary).toList()
                : null;
        return new ProgramView(program.id().value(), program.organization().value(), program.title(),
                FormView.of(program.form(), locale), names(program.kinds()), date(program.period().start()),
                date(program.period().end()), program.curator().value(),
                sorted(program.participatingOrganizations().stream().map(o -> o.value()).toList()), mentorships);
    }

    record OrderView(String number, String date) {
    }

    record MentorshipSummary(String id, String program, String status, PersonRef mentor, List<PersonRef> mentees,
                             String proposedOn, OrderView order) {
    }

    MentorshipSummary summary(Mentorship mentorship) {
        return new MentorshipSummary(mentorship.id().value(), mentorship.program().value(),
                mentorship.status().name(), ref(mentorship.mentor()), refs(mentorship.currentMentees()),
                date(mentorship.proposedOn()),
                mentorship.order().map(o -> new OrderView(o.number(), date(o.date()))).orElse(null));
    }

    record MembershipView(String mentee, String from, String until, String leftBecause) {
        static MembershipView of(Membership membership) {
            return new MembershipView(membership.mentee().value(), date(membership.from()), date(membership.until()),
                    membership.leftBecause().orElse(null));
        }
    }

    record MeetingView(String type, String on, String summary) {
        static MeetingView of(Meeting meeting) {
            return new MeetingView(meeting.type().name(), date(meeting.on()), meeting.summary());
        }
    }

    record FeedbackView(String respondent, String role, String stage, String on, Map<String, Integer> ratings,
                        Double average, String comment) {
        static FeedbackView of(Feedback feedback) {
            double average = feedback.averageRating();
            return new FeedbackView(feedback.respondent().value(), feedback.role().name(), feedback.stage().name(),
                    date(feedback.on()), new TreeMap<>(feedback.ratings()), Double.isNaN(average) ? null : average,
                    feedback.comment());
        }
    }

    record CompetencyView(String code, String name) {
        static CompetencyView of(Competency competency) {
            return new CompetencyView(competency.code(), competency.name());
        }
    }

    record GoalView(int number, String description, CompetencyView deficit, String assessment) {
        static GoalView of(Goal goal) {
            return new GoalView(goal.number(), goal.description(), CompetencyView.of(goal.deficit()),
                    goal.assessment().map(Enum::name).orElse(null));
        }
    }

    record TaskView(int number, String title, String deadline, String responsible, String doneOn) {
        static TaskView of(PlannedTask task) {
            return new TaskView(task.number(), task.title(), date(task.deadline()), task.responsible().value(),
                    date(task.doneOn()));
        }
    }

    record PersonalizedProgramView(String id, String start, String end, String draftedOn, double progress,
                                   List<GoalView> goals, List<TaskView> tasks, List<String> expectedResults) {
        static PersonalizedProgramView of(PersonalizedProgram program) {
            return new PersonalizedProgramView(program.id().value(), date(program.period().start()),
                    date(program.period().end()), date(program.draftedOn()), program.progress(),
                    program.goals().stream().map(GoalView::of).toList(),
                    program.tasks().stream().map(TaskView::of).toList(), program.expectedResults());
        }
    }

    record MentorshipView(String id, String program, String organization, String status, PersonRef mentor,
                          List<PersonRef> mentees, List<MembershipView> memberships, String proposedOn,
                          OrderView order, String activatedOn, String endedOn, String outcome, String endReason,
                          String reassignedFrom, List<MeetingView> meetings, List<FeedbackView> feedback,
                          PersonalizedProgramView personalizedProgram) {
    }

    MentorshipView mentorship(Mentorship mentorship) {
        String organization = tandem.programs().find(mentorship.program())
                .map(p -> p.organization().value()).orElse(null);
        return new MentorshipView(mentorship.id().value(), mentorship.program().value(), organization,
                mentorship.status().name(), ref(mentorship.mentor()), refs(mentorship.currentMentees()),
                mentorship.memberships().stream().map(MembershipView::of).toList(), date(mentorship.proposedOn()),
                mentorship.order().map(o -> new OrderView(o.number(), date(o.date()))).orElse(null),
                date(mentorship.activatedOn()), date(mentorship.endedOn()),
                mentorship.outcome().map(Enum::name).orElse(null), mentorship.endReason().orElse(null),
                mentorship.reassignedFrom().map(id -> id.value()).orElse(null),
                mentorship.meetings().stream().map(MeetingView::of).toList(),
                mentorship.feedback().stream().map(FeedbackView::of).toList(),
                tandem.personalizedPrograms().ofMentorship(mentorship.id()).map(PersonalizedProgramView::of)
                        .orElse(null));
    }
}
