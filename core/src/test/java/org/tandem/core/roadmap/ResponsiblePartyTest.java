package org.tandem.core.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ResponsiblePartyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Нетёсова Л.В.                                   | PERSON
            Добровольская О.В                               | PERSON
            П.С. Черёмухин                                  | PERSON
            методист Иванова И. И.                          | PERSON
            координатор                                     | ROLE
            кураторы                                        | ROLE
            руководитель ОО                                 | ROLE
            генеральный директор                            | ROLE
            Методист МКУ «ЦРО»                              | ROLE
            Руководители образовательных организаций        | ROLE
            специалисты УО                                  | ROLE
            УО                                              | ORGANIZATION
            МКУ ЦРО                                         | ORGANIZATION
            МКУ «ЦРО»                                       | ORGANIZATION
            ОО                                              | ORGANIZATION
            образовательные организации                     | ORGANIZATION
            Управление образования администрации района     | ORGANIZATION
            МБОУ «Ниженарыкарская СОШ» (по согласованию)    | ORGANIZATION
            администрация                                   | ORGANIZATION
            """)
    void classifiesTheKindFromTheName(String name, PartyKind kind) {
        assertThat(PartyKind.classify(name)).as(name).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Исполнители / муниципальные       | MUNICIPAL
            Исполнители / ОУ                  | ORGANIZATION
            Ответственные / ОО                | ORGANIZATION
            Ответственный исполнитель         | UNSPECIFIED
            Ответственные                     | UNSPECIFIED
            """)
    void readsTheLevelFromAColumnHeader(String header, ResponsibleLevel level) {
        assertThat(ResponsibleLevel.fromColumnHeader(header)).isEqualTo(level);
    }

    @Test
    void aColumnLevelWinsAndAnUnspecifiedColumnLetsTheNameTell() {
        assertThat(ResponsibleParty.inColumn(ResponsibleLevel.MUNICIPAL, "Координатор"))
                .isEqualTo(new ResponsibleParty(ResponsibleLevel.MUNICIPAL, PartyKind.ROLE, "Координатор"));
        assertThat(ResponsibleParty.inColumn(ResponsibleLevel.ORGANIZATION, "Нетёсова Л.В."))
                .isEqualTo(new ResponsibleParty(ResponsibleLevel.ORGANIZATION, PartyKind.PERSON, "Нетёсова Л.В."));
        assertThat(ResponsibleParty.named("кураторы ОУ").level()).isEqualTo(ResponsibleLevel.ORGANIZATION);
        assertThat(ResponsibleParty.named("специалисты УО").level()).isEqualTo(ResponsibleLevel.MUNICIPAL);
        assertThat(ResponsibleParty.named("Нетёсова Л.В.")).isEqualTo(
                new ResponsibleParty(ResponsibleLevel.UNSPECIFIED, PartyKind.PERSON, "Нетёсова Л.В."));
    }

    @Test
    void namesSchoolsWhenOfTheOrganizationLevelOrABodyNamingThem() {
        assertThat(new ResponsibleParty(ResponsibleLevel.ORGANIZATION, PartyKind.ROLE, "Координатор").namesSchools()).isTrue();
        assertThat(new ResponsibleParty(ResponsibleLevel.UNSPECIFIED, PartyKind.ORGANIZATION, "ОО").namesSchools()).isTrue();
        assertThat(new ResponsibleParty(ResponsibleLevel.UNSPECIFIED, PartyKind.ROLE, "кураторы ОУ").namesSchools()).isFalse();
        assertThat(ResponsibleParty.named("МБОУ «Ниженарыкарская СОШ» (по согласованию)").namesSchools()).isFalse();
        assertThat(ResponsibleParty.named("МКУ «ЦРО»").namesSchools()).isFalse();
    }

    @Test
    void needsANameAndHasDisplayNames() {
        assertThatThrownBy(() -> new ResponsibleParty(ResponsibleLevel.MUNICIPAL, PartyKind.ROLE, "  "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ResponsibleParty(ResponsibleLevel.MUNICIPAL, PartyKind.ROLE, " куратор ").name()).isEqualTo("куратор");
        assertThat(ResponsibleLevel.MUNICIPAL.displayName().in(Locale.forLanguageTag("ru"))).isEqualTo("муниципальный уровень");
        assertThat(PartyKind.PERSON.displayName().in(Locale.ENGLISH)).isEqualTo("person");
    }
}
