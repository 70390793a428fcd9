package org.tandem.matching;

import java.util.Locale;

import org.tandem.core.organization.MentoringPolicy;
import org.tandem.core.shared.LocalizedText;

/** The words for a blocked candidate, specific to the pair. */
final class Explanations {

    private Explanations() {
    }

    static LocalizedText of(Blocker blocker, MentorView mentor, MenteeView mentee, MatchingContext context,
                            double score, int capacity, int freeAtStart, int load) {
        MentoringPolicy policy = context.policy();
        return switch (blocker) {
            case NO_CONSENT -> {
                boolean mentorLacks = !mentor.person().hasValidConsent(context.on());
                yield mentorLacks
                        ? LocalizedText.of("у наставника нет действующего согласия на обработку персональных данных",
                                "the mentor has no valid consent to personal-data processing")
                        : LocalizedText.of("у наставляемого нет действующего согласия на обработку персональных данных",
                                "the mentee has no valid consent to personal-data processing");
            }
            case NO_QUESTIONNAIRE -> mentor.hasProfile() && mentor.person().hasRole(org.tandem.core.people.Role.MENTOR)
                    ? LocalizedText.of("наставляемый не в базе наставляемых или без анкеты",
                            "the mentee is not in the mentee base or has no questionnaire")
                    : LocalizedText.of("наставник не в базе наставников или без анкеты",
                            "the mentor is not in the mentor base or has no questionnaire");
            case FORM_MISMATCH -> {
                LocalizedText form = context.program().form().name();
                boolean mentorMisfits = !context.program().form().mentorCategories()
                        .contains(mentor.profile().category());
                yield mentorMisfits
                        ? LocalizedText.of("форма «" + form.ru() + "» не для наставника категории "
                                + mentor.profile().category(), "the form '" + form.en()
                                + "' is not for a mentor of category " + mentor.profile().category())
                        : LocalizedText.of("форма «" + form.ru() + "» не для наставляемого категории "
                                + mentee.profile().category(), "the form '" + form.en()
                                + "' is not for a mentee of category " + mentee.profile().category());
            }
            case NO_NETWORK_AGREEMENT -> LocalizedText.of(
                    "наставник и наставляемый из разных организаций, действующего договора о сетевом наставничестве нет",
                    "mentor and mentee belong to different organizations with no network agreement in force");
            case SELF_MENTORING -> LocalizedText.of("наставник не может быть собственным наставляемым",
                    "nobody mentors himself");
            case NOT_ENOUGH_EXPERIENCE -> LocalizedText.of(
                    "стаж наставника " + mentor.experienceYears() + " лет, положение требует не менее "
                            + policy.minMentorExperienceYears(),
                    "the mentor has " + mentor.experienceYears() + " years of experience; the policy asks for at least "
                            + policy.minMentorExperienceYears());
            case NO_MENTOR_TRAINING -> LocalizedText.of(
                    "положение требует обучения наставников, а наставник его не прошёл",
                    "the policy requires mentor training, which the mentor has not completed");
            case EXCLUDED_BY_CURATOR -> LocalizedText.of("куратор исключил эту пару", "the curator excluded this pair");
            case NO_CAPACITY_LEFT -> {
                int places = Math.min(mentor.capacity(), policy.maxMenteesPerMentor());
                int taken = mentor.currentLoad() + capacity - freeAtStart;
                yield LocalizedText.of("у наставника не осталось мест: занято " + taken + " из " + places,
                        "the mentor has no places left: " + taken + " of " + places + " taken");
            }
            case BELOW_THRESHOLD -> LocalizedText.of(
                    "совместимость " + number(score) + " ниже порога " + number(context.settings().knockOutThreshold()),
                    "score " + number(score) + " is below the threshold " + number(context.settings().knockOutThreshold()));
            case TAKEN_BY_OTHERS -> LocalizedText.of(
                    "все " + load + " мест наставника заняты другими наставляемыми этого предложения (совместимость "
                            + number(score) + ")",
                    "all " + load + " of the mentor's places went to other mentees of this proposal (score "
                            + number(score) + ")");
            case NOT_CHOSEN, VENDOR_RULE -> LocalizedText.of(
                    "стратегия не выбрала эту пару (совместимость " + number(score) + ")",
                    "the strategy did not choose this pair (score " + number(score) + ")");
        };
    }

    static String number(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.2f", value);
    }
}
