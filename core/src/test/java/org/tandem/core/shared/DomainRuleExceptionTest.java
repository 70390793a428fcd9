package org.tandem.core.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.tandem.core.organization.MentoringPolicy;
import org.tandem.core.organization.Organization;
import org.tandem.core.organization.OrganizationType;
import org.tandem.core.people.Consent;
import org.tandem.core.people.ConsentGiver;
import org.tandem.core.people.ConsentPurpose;

class DomainRuleExceptionTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void a_region_placed_under_another_organization_is_refused_in_both_languages() {
        DomainRuleException broken = catchThrowableOfType(() -> new Organization(OrganizationId.of("r"),
                "Н-ская область", OrganizationType.REGION, Optional.of(OrganizationId.of("other")), Optional.empty(),
                MentoringPolicy.defaults()), DomainRuleException.class);

        assertThat(broken.text().in(RU)).isEqualTo("Регион не может входить в другую организацию: «Н-ская область».");
        assertThat(broken.text().in(Locale.ENGLISH)).isEqualTo("a region has no parent organization: Н-ская область");
    }

    @Test
    void a_negative_policy_value_names_the_setting_in_both_languages() {
        DomainRuleException broken = catchThrowableOfType(() -> new MentoringPolicy(35, 3, -1, 3, Period.ofMonths(3),
                Period.ofYears(1), 14, 30, false), DomainRuleException.class);

        assertThat(broken.text().ru()).isEqualTo("Минимальный стаж наставника не может быть отрицательным: указано -1.");
        assertThat(broken.text().en()).isEqualTo("minMentorExperienceYears must not be negative, was -1");
    }

    @Test
    void durations_of_a_policy_read_in_russian_months() {
        DomainRuleException broken = catchThrowableOfType(() -> new MentoringPolicy(35, 3, 5, 3, Period.ofYears(1),
                Period.ofMonths(3), 14, 30, false), DomainRuleException.class);

        assertThat(broken.text().ru()).isEqualTo(
                "Наибольшая продолжительность программы (3 мес.) не может быть меньше наименьшей (1 г.).");
        assertThat(broken.getMessage()).contains("shorter");
    }

    @Test
    void a_date_range_ending_before_it_starts_is_refused_in_both_languages_with_russian_dates_in_russian() {
        DomainRuleException broken = catchThrowableOfType(() -> DateRange.of(LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 8, 31)), DomainRuleException.class);

        assertThat(broken.text().ru()).isEqualTo(
                "Период не может заканчиваться (31.08.2025) раньше, чем начинается (01.09.2025).");
        assertThat(broken.text().en()).isEqualTo("date range ends 2025-08-31 before it starts 2025-09-01");
    }

    @Test
    void a_blank_id_is_refused_naming_what_it_identifies() {
        DomainRuleException broken = catchThrowableOfType(() -> PersonId.of("  "), DomainRuleException.class);

        assertThat(broken.text().ru()).isEqualTo("Идентификатор человека не может быть пустым.");
        assertThat(broken.text().en()).isEqualTo("PersonId must not be blank");
    }

    @Test
    void a_consent_withdrawn_before_it_was_given_is_refused_in_both_languages() {
        DomainRuleException broken = catchThrowableOfType(() -> new Consent(ConsentPurpose.MENTORING,
                LocalDate.of(2025, 9, 10), ConsentGiver.SELF, Optional.empty(), Optional.of(LocalDate.of(2025, 9, 1))),
                DomainRuleException.class);

        assertThat(broken.text().ru()).isEqualTo("Согласие не может быть отозвано раньше, чем дано (10.09.2025).");
    }

    @Test
    void it_stays_an_illegal_argument_whose_message_is_the_english_text() {
        DomainRuleException broken = new DomainRuleException("Нужно указать причину.", "a reason is required");

        assertThat(broken).isInstanceOf(IllegalArgumentException.class).hasMessage("a reason is required");
        assertThat(broken.text()).isEqualTo(LocalizedText.of("Нужно указать причину.", "a reason is required"));
    }

    /**
     * What a user can break throws {@link DomainRuleException}; a plain {@link IllegalArgumentException} is kept for
     * the few programming-contract guards below, which a host treats as bugs. A new plain one must be added here on
     * purpose (or be a DomainRuleException).
     */
    @Test
    void only_programming_contract_guards_throw_a_plain_illegal_argument() {
        JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tandem.core");
        // the exceptions that are illegal arguments, calling their super constructor
        noClasses().that().doNotHaveFullyQualifiedName(DomainRuleException.class.getName())
                .and().doNotHaveFullyQualifiedName("org.tandem.core.roadmap.json.RoadmapJsonException")
                .and().doNotHaveFullyQualifiedName("org.tandem.core.validation.InvalidCommandException")
                // the programming-contract guards
                .and().doNotHaveFullyQualifiedName("org.tandem.core.shared.LocalizedText")
                .and().doNotHaveFullyQualifiedName("org.tandem.core.questionnaire.ImportingQuestionnaires")
                .and().doNotHaveFullyQualifiedName("org.tandem.core.mentorship.Goal")
                .and().doNotHaveFullyQualifiedName("org.tandem.core.mentorship.PlannedTask")
                .and().doNotHaveFullyQualifiedName("org.tandem.core.mentorship.PersonalizedProgram")
                .and().doNotHaveFullyQualifiedName("org.tandem.core.mentorship.PairingClearance")
                .and().doNotHaveFullyQualifiedName("org.tandem.core.roadmap.rules.Subject")
                .and().doNotHaveFullyQualifiedName("org.tandem.core.roadmap.rules.Finding")
                .and().doNotHaveFullyQualifiedName("org.tandem.core.roadmap.store.InMemoryRoadmaps")
                .and().doNotHaveFullyQualifiedName("org.tandem.core.roadmap.importing.ImportFinding")
                .and().doNotHaveFullyQualifiedName("org.tandem.core.roadmap.upcoming.UpcomingDeadline")
                .should().callConstructor(IllegalArgumentException.class, String.class)
                .orShould().callConstructor(IllegalArgumentException.class, String.class, Throwable.class)
                .check(core);
    }
}
