package org.tandem.core.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.tandem.core.organization.MentoringPolicy;
import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.shared.Result;

/**
 * A person known to Tandem: staff of an organization, a mentor or a mentee.
 *
 * <p>Changes only through its methods. Nobody enters the mentor or mentee base ({@link Role#isParticipant()})
 * without a valid consent for {@link ConsentPurpose#MENTORING}; withdrawing that consent erases the person's
 * personal data, keeping identity and roles so that counts used in monitoring stay right.
 */
public final class Person {

    static final String ERASED_NAME = "—";
    private static final int ADULT_AGE = 18;

    private final PersonId id;
    private String fullName;
    private LocalDate birthDate;
    private final Set<RoleAssignment> roles = new LinkedHashSet<>();
    private final List<Consent> consents = new ArrayList<>();
    private MenteeProfile menteeProfile;
    private MentorProfile mentorProfile;
    private boolean erased;

    private Person(PersonId id, String fullName, LocalDate birthDate) {
        this.id = Objects.requireNonNull(id, "id");
        if (fullName == null || fullName.isBlank()) {
            throw new DomainRuleException("Нужно указать фамилию, имя и отчество.", "a person needs a full name");
        }
        this.fullName = fullName.strip();
        this.birthDate = birthDate;
    }

    /** A person with no role and no consent yet. */
    public static Person register(PersonId id, String fullName, LocalDate birthDate) {
        return new Person(id, fullName, Objects.requireNonNull(birthDate, "birthDate"));
    }

    /**
     * Rebuilds a person from storage exactly as saved; for repositories, not for use cases.
     */
    public static Person restore(PersonId id, String fullName, LocalDate birthDate, boolean erased,
                                 Set<RoleAssignment> roles, List<Consent> consents,
                                 Optional<MenteeProfile> menteeProfile, Optional<MentorProfile> mentorProfile) {
        Person person = erased ? new Person(id, ERASED_NAME, null)
                : new Person(id, fullName, Objects.requireNonNull(birthDate, "birthDate"));
        person.erased = erased;
        person.roles.addAll(roles);
        person.consents.addAll(consents);
        person.menteeProfile = menteeProfile.orElse(null);
        person.mentorProfile = mentorProfile.orElse(null);
        return person;
    }

    /**
     * Records a consent. A minor's consent must come from a parent or legal representative.
     */
    public Result<Consent> giveConsent(Consent consent) {
        Objects.requireNonNull(consent, "consent");
        if (erased) {
            return erasedRefusal();
        }
        if (consent.givenBy() == ConsentGiver.SELF && isMinorOn(consent.givenOn())) {
            return Result.refused(RefusalReason.NO_CONSENT,
                    "За несовершеннолетнего согласие даёт родитель или законный представитель.",
                    "For a minor, consent is given by a parent or legal representative.");
        }
        consents.add(consent);
        return Result.ok(consent);
    }

    /**
     * Withdraws the valid consent for {@code purpose} on {@code day}. Withdrawing the consent for
     * {@link ConsentPurpose#MENTORING} erases the person's name, birth date and questionnaires.
     */
    public Result<Consent> withdrawConsent(ConsentPurpose purpose, LocalDate day) {
        for (int i = 0; i < consents.size(); i++) {
            Consent consent = consents.get(i);
            if (consent.purpose() == purpose && consent.withdrawnOn().isEmpty()) {
                Consent withdrawn = consent.withdrawn(day);
                consents.set(i, withdrawn);
                if (purpose == ConsentPurpose.MENTORING) {
                    erasePersonalData();
                }
                return Result.ok(withdrawn);
            }
        }
        return Result.refused(RefusalReason.NO_CONSENT,
                "Нет действующего согласия, которое можно отозвать.",
                "There is no consent in force to withdraw.");
    }

    private static <T> Result<T> erasedRefusal() {
        return Result.refused(RefusalReason.WRONG_STATE,
                "Данные человека удалены после отзыва согласия; заведите его заново.",
                "The person's data was erased after consent was withdrawn; register them anew.");
    }

    private void erasePersonalData() {
        fullName = ERASED_NAME;
        birthDate = null;
        menteeProfile = null;
        mentorProfile = null;
        erased = true;
    }

    /**
     * Gives the person a role. Mentor and mentee roles put the person into a base, which needs a valid
     * consent for mentoring on {@code day}.
     */
    public Result<RoleAssignment> assignRole(RoleAssignment assignment, LocalDate day) {
        Objects.requireNonNull(assignment, "assignment");
        if (assignment.role().isParticipant() && !hasValidConsent(day)) {
            return Result.refused(RefusalReason.NO_CONSENT,
                    "Без действующего согласия на обработку персональных данных человек не может войти в базу наставников или наставляемых.",
                    "Without a valid consent to personal-data processing a person cannot enter the mentor or mentee base.");
        }
        roles.add(assignment);
        return Result.ok(assignment);
    }

    /** Records the mentee questionnaire; the person must be in a mentee base. */
    public Result<MenteeProfile> describeAsMentee(MenteeProfile profile) {
        Objects.requireNonNull(profile, "profile");
        if (erased) {
            return erasedRefusal();
        }
        if (!hasRole(Role.MENTEE)) {
            return Result.refused(RefusalReason.NOT_QUALIFIED,
                    "Анкету наставляемого заполняет тот, кто включён в базу наставляемых.",
                    "A mentee questionnaire is for someone in the mentee base.");
        }
        menteeProfile = profile;
        return Result.ok(profile);
    }

    /** Records the mentor questionnaire; the person must be in a mentor base. */
    public Result<MentorProfile> describeAsMentor(MentorProfile profile) {
        Objects.requireNonNull(profile, "profile");
        if (erased) {
            return erasedRefusal();
        }
        if (!hasRole(Role.MENTOR)) {
            return Result.refused(RefusalReason.NOT_QUALIFIED,
                    "Анкету наставника заполняет тот, кто включён в базу наставников.",
                    "A mentor questionnaire is for someone in the mentor base.");
        }
        if (profile.careerStart().isBefore(birthDate)) {
            throw new DomainRuleException("Профессиональный стаж не может начинаться раньше даты рождения.",
                    "a career cannot start before the person was born");
        }
        mentorProfile = profile;
        return Result.ok(profile);
    }

    /** Whether a consent for mentoring is in force on {@code day}. */
    public boolean hasValidConsent(LocalDate day) {
        if (erased) {
            return false;
        }
        for (Consent consent : consents) {
            if (consent.purpose() == ConsentPurpose.MENTORING && consent.isValidOn(day)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasRole(Role role) {
        for (RoleAssignment assignment : roles) {
            if (assignment.role() == role) {
                return true;
            }
        }
        return false;
    }

    public boolean hasRole(Role role, OrganizationId organization) {
        return roles.contains(RoleAssignment.of(role, organization));
    }

    /** The organizations where the person holds {@code role}. */
    public Set<OrganizationId> organizationsAs(Role role) {
        Set<OrganizationId> result = new LinkedHashSet<>();
        for (RoleAssignment assignment : roles) {
            if (assignment.role() == role) {
                result.add(assignment.organization());
            }
        }
        return result;
    }

    /** Full years of age on {@code day}. */
    public int ageOn(LocalDate day) {
        requireNotErased();
        return Period.between(birthDate, day).getYears();
    }

    public boolean isMinorOn(LocalDate day) {
        return ageOn(day) < ADULT_AGE;
    }

    /**
     * Whether the person is a young teacher on {@code day} under {@code policy}; false for anyone whose
     * mentee questionnaire gives no teaching start.
     */
    public boolean isYoungTeacher(MentoringPolicy policy, LocalDate day) {
        requireNotErased();
        return menteeProfile().flatMap(MenteeProfile::teachingStart)
                .map(start -> policy.isYoungTeacher(birthDate, start, day))
                .orElse(false);
    }

    private void requireNotErased() {
        if (erased) {
            throw new IllegalStateException("the personal data of " + id + " was erased");
        }
    }

    public PersonId id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    /** The birth date; empty once the person's data was erased. */
    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable(birthDate);
    }

    public boolean isErased() {
        return erased;
    }

    public Set<RoleAssignment> roles() {
        return Set.copyOf(roles);
    }

    public List<Consent> consents() {
        return List.copyOf(consents);
    }

    public Optional<MenteeProfile> menteeProfile() {
        return Optional.ofNullable(menteeProfile);
    }

    public Optional<MentorProfile> mentorProfile() {
        return Optional.ofNullable(mentorProfile);
    }

    @Override
    public String toString() {
        return "Person[" + id + "]";
    }
}
