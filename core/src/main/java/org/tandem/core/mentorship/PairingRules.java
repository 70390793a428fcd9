package org.tandem.core.mentorship;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.tandem.core.organization.MentoringPolicy;
import org.tandem.core.organization.Organizations;
import org.tandem.core.people.MenteeProfile;
import org.tandem.core.people.MentorCategory;
import org.tandem.core.people.MentorProfile;
import org.tandem.core.people.People;
import org.tandem.core.people.Person;
import org.tandem.core.people.Role;
import org.tandem.core.program.MentoringProgram;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.shared.Result;

/**
 * The rules that decide whether a mentor and mentees may be paired in a program on a day, over all aggregates:
 * the day lies in the program's period; everyone has a valid consent and the questionnaire of his side; the
 * program's form fits both categories; mentor and mentees share an organization the program admits, or a
 * network agreement covers them; the mentor has the experience and training the organization's policy asks;
 * the mentor's capacity (the smaller of his own and the policy's) counts all his approved and active mentorships;
 * a mentee has at most one approved or active mentorship in a program.
 */
public final class PairingRules {

    private static final Set<MentorCategory> EXPERIENCE_APPLIES =
            Set.of(MentorCategory.TEACHER, MentorCategory.EXTERNAL_MENTOR);

    private final People people;
    private final Organizations organizations;
    private final Mentorships mentorships;

    public PairingRules(People people, Organizations organizations, Mentorships mentorships) {
        this.people = Objects.requireNonNull(people, "people");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.mentorships = Objects.requireNonNull(mentorships, "mentorships");
    }

    /**
     * Checks every rule.
     *
     * @param excluded a mentorship not to count against capacity and programs: the one being approved
     * @return the clearance, or the first rule broken
     */
    public Result<PairingClearance> check(MentoringProgram program, PersonId mentorId, Set<PersonId> menteeIds,
                                          LocalDate on, Optional<MentorshipId> excluded) {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(on, "on");
        if (menteeIds.contains(mentorId)) {
            return Result.refused(RefusalReason.SELF_MENTORING,
                    "Наставник не может быть собственным наставляемым.",
                    "Nobody mentors himself.");
        }
        Mentorship.requireMentees(mentorId, menteeIds);
        if (!program.period().contains(on)) {
            return Result.refused(RefusalReason.DATES_OUT_OF_ORDER,
                    "Дата " + on + " вне периода программы " + program.period().start() + " – " + program.period().end() + ".",
                    "The date " + on + " is outside the program's period " + program.period().start() + " – "
                            + program.period().end() + ".");
        }
        if (menteeIds.size() > 1 && !program.allowsGroups()) {
            return Result.refused(RefusalReason.FORM_MISMATCH,
                    "Программа не предусматривает групповое наставничество.",
                    "The program has no group mentoring.");
        }
        MentoringPolicy policy = organizations.require(program.organization()).policy();
        Person mentor = people.require(mentorId);
        Result<MentorProfile> mentorCheck = checkMentor(program, policy, mentor, on);
        if (!mentorCheck.isOk()) {
            return Result.refused(mentorCheck.refusal());
        }
        for (PersonId menteeId : menteeIds) {
            Result<Person> menteeCheck = checkMentee(program, mentor, mentorCheck.value(),
                    people.require(menteeId), on, excluded);
            if (!menteeCheck.isOk()) {
                return Result.refused(menteeCheck.refusal());
            }
        }
        int capacity = Math.min(mentorCheck.value().capacity(), policy.maxMenteesPerMentor());
        int load = mentorships.ofMentor(mentorId).stream()
                .filter(m -> excluded.filter(m.id()::equals).isEmpty())
                .mapToInt(Mentorship::load)
                .sum();
        if (load + menteeIds.size() > capacity) {
            return Result.refused(RefusalReason.CAPACITY_REACHED,
                    "У наставника " + load + " из " + capacity + " мест занято; не хватает места для " + menteeIds.size() + ".",
                    "The mentor has " + load + " of " + capacity + " places taken; no room for " + menteeIds.size() + " more.");
        }
        return Result.ok(new PairingClearance(program.id(), mentorId, menteeIds, on));
    }

    private Result<MentorProfile> checkMentor(MentoringProgram program, MentoringPolicy policy, Person mentor,
                                              LocalDate on) {
        if (!mentor.hasValidConsent(on)) {
            return noConsent(mentor);
        }
        Optional<MentorProfile> profile = mentor.mentorProfile();
        if (!mentor.hasRole(Role.MENTOR) || profile.isEmpty()) {
            return Result.refused(RefusalReason.NOT_QUALIFIED,
                    mentor.fullName() + " не в базе наставников или без анкеты наставника.",
                    mentor.fullName() + " is not in the mentor base or has no mentor questionnaire.");
        }
        MentorProfile mentorProfile = profile.get();
        if (!program.form().mentorCategories().contains(mentorProfile.category())) {
            return Result.refused(RefusalReason.FORM_MISMATCH,
                    "Форма «" + program.form().name().ru() + "» не для наставника категории " + mentorProfile.category() + ".",
                    "The form '" + program.form().name().en() + "' is not for a mentor of category " + mentorProfile.category() + ".");
        }
        if (EXPERIENCE_APPLIES.contains(mentorProfile.category())
                && mentorProfile.experienceYears(on) < policy.minMentorExperienceYears()) {
            return Result.refused(RefusalReason.NOT_QUALIFIED,
                    "Стаж наставника " + mentorProfile.experienceYears(on) + " лет, а положение требует не менее "
                            + policy.minMentorExperienceYears() + ".",
                    "The mentor has " + mentorProfile.experienceYears(on) + " years of experience; the policy asks for at least "
                            + policy.minMentorExperienceYears() + ".");
        }
        if (policy.mentorTrainingRequired() && !mentorProfile.trainingCompleted()) {
            return Result.refused(RefusalReason.NOT_QUALIFIED,
                    "Положение требует, чтобы наставник прошёл обучение наставников.",
                    "The policy requires mentors to have completed mentor training.");
        }
        return Result.ok(mentorProfile);
    }

    private Result<Person> checkMentee(MentoringProgram program, Person mentor, MentorProfile mentorProfile,
                                                 Person mentee, LocalDate on, Optional<MentorshipId> excluded) {
        if (!mentee.hasValidConsent(on)) {
            return noConsent(mentee);
        }
        Optional<MenteeProfile> profile = mentee.menteeProfile();
        if (!mentee.hasRole(Role.MENTEE) || profile.isEmpty()) {
            return Result.refused(RefusalReason.NOT_QUALIFIED,
                    mentee.fullName() + " не в базе наставляемых или без анкеты наставляемого.",
                    mentee.fullName() + " is not in the mentee base or has no mentee questionnaire.");
        }
        if (!program.form().fits(mentorProfile.category(), profile.get().category())) {
            return Result.refused(RefusalReason.FORM_MISMATCH,
                    "Форма «" + program.form().name().ru() + "» не для наставляемого категории " + profile.get().category() + ".",
                    "The form '" + program.form().name().en() + "' is not for a mentee of category " + profile.get().category() + ".");
        }
        Set<OrganizationId> menteeOrganizations = mentee.organizationsAs(Role.MENTEE);
        menteeOrganizations.removeIf(organization -> !program.admits(organization));
        if (menteeOrganizations.isEmpty()) {
            return Result.refused(RefusalReason.NOT_ALLOWED,
                    mentee.fullName() + " не наставляемый ни в одной организации этой программы.",
                    mentee.fullName() + " is not a mentee in any organization of this program.");
        }
        boolean reachable = mentor.organizationsAs(Role.MENTOR).stream().anyMatch(mentorOrganization ->
                menteeOrganizations.stream().anyMatch(menteeOrganization ->
                        organizations.mayMentorAcross(mentorOrganization, menteeOrganization, on)));
        if (!reachable) {
            return Result.refused(RefusalReason.NO_NETWORK_AGREEMENT,
                    "Наставник и наставляемый из разных организаций, и действующего договора о сетевом наставничестве нет.",
                    "Mentor and mentee belong to different organizations with no network agreement in force.");
        }
        boolean busy = mentorships.ofMentee(mentee.id()).stream()
                .filter(m -> excluded.filter(m.id()::equals).isEmpty())
                .anyMatch(m -> m.program().equals(program.id()) && m.status().holdsCapacity()
                        && m.currentMentees().contains(mentee.id()));
        if (busy) {
            return Result.refused(RefusalReason.ALREADY_IN_PROGRAM,
                    mentee.fullName() + " уже в утверждённой паре или группе этой программы.",
                    mentee.fullName() + " is already in an approved pair or group of this program.");
        }
        return Result.ok(mentee);
    }

    private static <T> Result<T> noConsent(Person person) {
        return Result.refused(RefusalReason.NO_CONSENT,
                "Нет действующего согласия на обработку персональных данных: " + person.fullName() + ".",
                "No valid consent to personal-data processing: " + person.fullName() + ".");
    }
}
