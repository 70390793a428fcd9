package org.tandem.core.roadmap.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tandem.core.roadmap.Activity;
import org.tandem.core.roadmap.OrganizationLevel;
import org.tandem.core.roadmap.PartyKind;
import org.tandem.core.roadmap.ResponsibleLevel;
import org.tandem.core.roadmap.ResponsibleParty;
import org.tandem.core.roadmap.RoadmapTemplates;
import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.RoadmapSection;
import org.tandem.core.roadmap.SharedSeeds;
import org.tandem.core.roadmap.TargetModelStage;
import org.tandem.core.roadmap.deadline.Deadline;
import org.tandem.core.roadmap.deadline.DeadlineParse;
import org.tandem.core.roadmap.deadline.MonthRef;
import org.tandem.core.roadmap.deadline.MonthSpan;
import org.tandem.core.roadmap.deadline.RoadmapPeriod;
import org.tandem.core.shared.LocalizedText;

class RoadmapJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {SharedSeeds.OKTYABRSKY_2024, SharedSeeds.ZHIGALOVO_2021_2024, SharedSeeds.KRAEVOY_CENTER_2023})
    void seedRoadmapsSurviveTheRoundTrip(String seed) {
        Roadmap roadmap = SharedSeeds.roadmap(seed);

        assertThat(RoadmapJson.read(RoadmapJson.write(roadmap))).isEqualTo(roadmap);
    }

    @Test
    void theTemplateSurvivesTheRoundTripWithTypedParties() {
        Roadmap template = RoadmapTemplates.targetModelCycle("Школа № 1", OrganizationLevel.ORGANIZATION, 2025);

        String json = RoadmapJson.write(template);

        assertThat(RoadmapJson.read(json)).isEqualTo(template);
        assertThat(json.replaceAll("\\s+", " ")).contains("\"version\" : 2")
                .contains("\"responsible\" : [ { \"level\" : \"ORGANIZATION\", \"kind\" : \"ROLE\", \"name\" : \"руководитель\" }")
                .doesNotContain("plain");
    }

    @Test
    void writesTheSeedPartiesWithLevelAndKind() {
        Roadmap zhigalovo = SharedSeeds.roadmap(SharedSeeds.ZHIGALOVO_2021_2024);

        Roadmap read = RoadmapJson.read(RoadmapJson.write(zhigalovo));

        assertThat(read.activity("1.4").orElseThrow().responsible()).containsExactly(
                new ResponsibleParty(ResponsibleLevel.MUNICIPAL, PartyKind.PERSON, "Добровольская О.В."),
                new ResponsibleParty(ResponsibleLevel.ORGANIZATION, PartyKind.ROLE, "Руководители ОУ"),
                new ResponsibleParty(ResponsibleLevel.ORGANIZATION, PartyKind.ROLE, "завучи по учебной и воспитательной работе"));
    }

    @Test
    void readsAVersionOneDocumentWithPlainNames() {
        Roadmap roadmap = RoadmapJson.read(minimal("{\"number\":\"1.1\",\"title\":\"Совещание\","
                + "\"responsible\":[\"Нетёсова Л.В.\",\"координатор\",\"МКУ «ЦРО»\",\"Руководители ОУ\"]}"));

        assertThat(roadmap.activity("1.1").orElseThrow().responsible()).containsExactly(
                new ResponsibleParty(ResponsibleLevel.UNSPECIFIED, PartyKind.PERSON, "Нетёсова Л.В."),
                new ResponsibleParty(ResponsibleLevel.UNSPECIFIED, PartyKind.ROLE, "координатор"),
                new ResponsibleParty(ResponsibleLevel.MUNICIPAL, PartyKind.ORGANIZATION, "МКУ «ЦРО»"),
                new ResponsibleParty(ResponsibleLevel.ORGANIZATION, PartyKind.ROLE, "Руководители ОУ"));
        // Written again, it is a version 2 document that reads back the same.
        assertThat(RoadmapJson.read(RoadmapJson.write(roadmap))).isEqualTo(roadmap);
    }

    private static String version2(String responsible) {
        return minimal("{\"number\":\"1.1\",\"title\":\"С\",\"responsible\":[" + responsible + "]}")
                .replace("\"version\":1", "\"version\":2");
    }

    @Test
    void readsVersionTwoPartiesAndNamesWhatIsWrongWithThem() {
        Roadmap roadmap = RoadmapJson.read(version2("{\"level\":\"MUNICIPAL\",\"kind\":\"PERSON\",\"name\":\"Богатова Ю.Л.\"}"));
        assertThat(roadmap.activity("1.1").orElseThrow().responsible()).containsExactly(
                new ResponsibleParty(ResponsibleLevel.MUNICIPAL, PartyKind.PERSON, "Богатова Ю.Л."));

        assertThatThrownBy(() -> RoadmapJson.read(version2("\"Куратор\"")))
                .isInstanceOfSatisfying(RoadmapJsonException.class,
                        e -> assertThat(e.path()).isEqualTo("sections[0].activities[0].responsible[0]"))
                .hasMessageContaining("not a string");
        assertThatThrownBy(() -> RoadmapJson.read(version2("{\"kind\":\"ROLE\",\"name\":\"Куратор\"}")))
                .isInstanceOfSatisfying(RoadmapJsonException.class,
                        e -> assertThat(e.path()).isEqualTo("sections[0].activities[0].responsible[0].level"));
        assertThatThrownBy(() -> RoadmapJson.read(version2("{\"level\":\"SCHOOL\",\"kind\":\"ROLE\",\"name\":\"К\"}")))
                .isInstanceOf(RoadmapJsonException.class).hasMessageContaining("SCHOOL")
                .hasMessageContaining("responsible[0].level");
        assertThatThrownBy(() -> RoadmapJson.read(version2(
                "{\"level\":\"MUNICIPAL\",\"kind\":\"ROLE\",\"name\":\"К\",\"rank\":\"x\"}")))
                .isInstanceOf(RoadmapJsonException.class).hasMessageContaining("rank")
                .hasMessageContaining("sections[0].activities[0].responsible[0]");
        assertThatThrownBy(() -> RoadmapJson.read(version2("{\"level\":\"MUNICIPAL\",\"kind\":\"ROLE\",\"name\":\" \"}")))
                .isInstanceOfSatisfying(RoadmapJsonException.class,
                        e -> assertThat(e.path()).isEqualTo("sections[0].activities[0].responsible[0]"))
                .hasMessageEndingWith("a responsible party needs a name");
        assertThatThrownBy(() -> RoadmapJson.read(minimal("{\"number\":\"1.1\",\"title\":\"С\",\"responsible\":"
                + "[{\"level\":\"MUNICIPAL\",\"kind\":\"ROLE\",\"name\":\"К\"}]}")))
                .isInstanceOf(RoadmapJsonException.class).hasMessageContaining("version 1 gives a responsible party as a string");
    }

    /** One activity per deadline kind, with a text that need not be what the parser would make of it. */
    private static Roadmap everyDeadlineKind() {
        List<Deadline> kinds = List.of(
                new Deadline.InMonth(MonthRef.of(Month.SEPTEMBER)),
                new Deadline.InMonth(MonthRef.of(Month.SEPTEMBER, 2024)),
                new Deadline.MonthRange(MonthRef.of(Month.OCTOBER), MonthRef.of(Month.MAY)),
                new Deadline.MonthRange(MonthRef.of(Month.SEPTEMBER, 2024), MonthRef.of(Month.OCTOBER, 2024)),
                new Deadline.MonthList(List.of(MonthRef.of(Month.JANUARY), MonthRef.of(Month.JULY, 2025))),
                new Deadline.DayOfMonthLimit(15, List.of(MonthRef.of(Month.DECEMBER), MonthRef.of(Month.JUNE))),
                new Deadline.Annually(List.of(MonthSpan.of(Month.MAY, Month.JUNE)), Optional.empty()),
                new Deadline.Annually(List.of(MonthSpan.of(Month.APRIL)), Optional.of(new Deadline.YearRange(2022, 2024))),
                new Deadline.Annually(List.of(), Optional.of(new Deadline.YearRange(2021, 2024))),
                new Deadline.Annually(List.of(), Optional.empty()),
                new Deadline.InCalendarYear(2022),
                new Deadline.AcademicYearSpan(2023, 2024),
                new Deadline.InQuarter(1, OptionalInt.of(2025)),
                new Deadline.InQuarter(3, OptionalInt.empty()),
                new Deadline.Continuous(Deadline.Scope.ACADEMIC_YEAR),
                new Deadline.StartThenOngoing(MonthRef.of(Month.APRIL, 2025)),
                new Deadline.AfterAcademicYear(),
                new Deadline.Recurring(Deadline.Frequency.QUARTERLY),
                new Deadline.OnDemand());
        List<Activity> activities = new java.util.ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            String text = "срок " + i;
            activities.add(new Activity("1." + (i + 1), i % 2 == 0, "Мероприятие " + i, "Содержание", text,
                    Optional.of(new DeadlineParse.Parsed(text, kinds.get(i))), "Результат", "Контроль", "Приказ", "100%",
                    ResponsibleParty.named(List.of("Куратор", "Директор")), Optional.of(TargetModelStage.PREPARING_CONDITIONS), i));
        }
        activities.add(new Activity("2.1", false, "Непонятный срок", "", "II четверть",
                Optional.of(new DeadlineParse.Unparsed("II четверть", LocalizedText.of("Четверти не поддерживаются",
                        "School terms are not supported"))), "", "", "", "", List.of(), Optional.empty(), 40));
        activities.add(new Activity("2.2", false, "", "Только содержание", "", Optional.empty(), "", "", "", "",
                List.of(), Optional.empty(), 0));
        return new Roadmap(Optional.of("Школа № 1"), Optional.of(OrganizationLevel.ORGANIZATION), "Дорожная карта",
                Optional.of(RoadmapPeriod.academicYear(2024)), List.of(
                        new RoadmapSection("1", "Подготовка условий", Optional.of(TargetModelStage.PREPARING_CONDITIONS),
                                activities.subList(0, kinds.size())),
                        new RoadmapSection("", "Прочее", Optional.empty(), activities.subList(kinds.size(), activities.size()))));
    }

    @Test
    void everyDeadlineKindSurvivesTheRoundTrip() {
        Roadmap roadmap = everyDeadlineKind();

        String json = RoadmapJson.write(roadmap);

        assertThat(RoadmapJson.read(json)).isEqualTo(roadmap);
        assertThat(json).contains("\"kind\" : \"on-demand\"", "\"kind\" : \"start-then-ongoing\"", "\"Дорожная карта\"");
    }

    @Test
    void aRoadmapWithoutOptionalPartsSurvivesTheRoundTrip() {
        Roadmap bare = new Roadmap(Optional.empty(), Optional.empty(), "", Optional.empty(), List.of());

        assertThat(RoadmapJson.read(RoadmapJson.write(bare))).isEqualTo(bare);
    }

    @Test
    void streamsRoundTripAndStayOpen() throws IOException {
        Roadmap roadmap = everyDeadlineKind();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        RoadmapJson.write(roadmap, out);
        out.write(' ');

        assertThat(RoadmapJson.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(roadmap);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Мероприятие 0");
    }

    private static String minimal(String activity) {
        return "{\"format\":\"tandem-roadmap\",\"version\":1,\"title\":\"ДК\",\"sections\":[{\"number\":\"1\","
                + "\"title\":\"Раздел\",\"activities\":[" + activity + "]}]}";
    }

    @Test
    void readsAMinimalHandWrittenDocument() {
        Roadmap roadmap = RoadmapJson.read(minimal("{\"number\":\"1.1\",\"title\":\"Совещание\",\"deadlineText\":\"май\","
                + "\"deadline\":{\"parsed\":{\"kind\":\"in-month\",\"month\":{\"month\":\"MAY\"}}}}"));

        assertThat(roadmap.activity("1.1")).get().satisfies(a -> {
            assertThat(a.deadline()).contains(new DeadlineParse.Parsed("май", new Deadline.InMonth(MonthRef.of(Month.MAY))));
            assertThat(a.responsible()).isEmpty();
            assertThat(a.content()).isEmpty();
        });
    }

    @Test
    void rejectsTextThatIsNotJson() {
        assertThatThrownBy(() -> RoadmapJson.read("{\"format\": \"tandem-roadmap\", "))
                .isInstanceOf(RoadmapJsonException.class).hasMessageStartingWith("Invalid roadmap JSON: ")
                .hasMessageContaining("line 1");
    }

    @Test
    void rejectsAnotherFormatOrVersion() {
        assertThatThrownBy(() -> RoadmapJson.read("{\"format\":\"other\",\"version\":1,\"title\":\"\",\"sections\":[]}"))
                .isInstanceOf(RoadmapJsonException.class)
                .hasMessage("Invalid roadmap JSON at format: expected \"tandem-roadmap\" but found \"other\"");
        assertThatThrownBy(() -> RoadmapJson.read("{\"format\":\"tandem-roadmap\",\"version\":3,\"title\":\"\",\"sections\":[]}"))
                .hasMessage("Invalid roadmap JSON at version: this library reads versions 1 to 2, the document has 3");
        assertThatThrownBy(() -> RoadmapJson.read("{\"format\":\"tandem-roadmap\",\"version\":0,\"title\":\"\",\"sections\":[]}"))
                .hasMessage("Invalid roadmap JSON at version: this library reads versions 1 to 2, the document has 0");
    }

    @Test
    void namesAMissingRequiredField() {
        assertThatThrownBy(() -> RoadmapJson.read(minimal("{\"title\":\"Совещание\"}")))
                .isInstanceOfSatisfying(RoadmapJsonException.class,
                        e -> assertThat(e.path()).isEqualTo("sections[0].activities[0].number"))
                .hasMessage("Invalid roadmap JSON at sections[0].activities[0].number: required but missing or null");
    }

    @Test
    void namesAnUnknownMonthWithItsPath() {
        assertThatThrownBy(() -> RoadmapJson.read(minimal("{\"number\":\"1.1\",\"title\":\"С\",\"deadlineText\":\"x\","
                + "\"deadline\":{\"parsed\":{\"kind\":\"in-month\",\"month\":{\"month\":\"SEPTEMBRE\"}}}}")))
                .isInstanceOfSatisfying(RoadmapJsonException.class, e -> assertThat(e.path())
                        .isEqualTo("sections[0].activities[0].deadline.parsed.month.month"))
                .hasMessageContaining("SEPTEMBRE");
    }

    @Test
    void namesAnUnknownDeadlineKindAndAnUnknownField() {
        assertThatThrownBy(() -> RoadmapJson.read(minimal("{\"number\":\"1.1\",\"title\":\"С\",\"deadlineText\":\"x\","
                + "\"deadline\":{\"parsed\":{\"kind\":\"fortnightly\"}}}")))
                .isInstanceOf(RoadmapJsonException.class).hasMessageContaining("fortnightly")
                .hasMessageContaining("sections[0].activities[0].deadline.parsed");
        assertThatThrownBy(() -> RoadmapJson.read(minimal("{\"number\":\"1.1\",\"title\":\"С\",\"deadlin\":\"x\"}")))
                .isInstanceOf(RoadmapJsonException.class).hasMessageContaining("deadlin")
                .hasMessageContaining("sections[0].activities[0]");
    }

    @Test
    void reportsWhatTheDomainRefusesAtItsPath() {
        assertThatThrownBy(() -> RoadmapJson.read(minimal("{\"number\":\"1.1\",\"title\":\"С\",\"deadlineText\":\"x\","
                + "\"deadline\":{\"parsed\":{\"kind\":\"day-of-month-limit\",\"day\":31,\"months\":[{\"month\":\"FEBRUARY\"}]}}}")))
                .isInstanceOfSatisfying(RoadmapJsonException.class,
                        e -> assertThat(e.path()).isEqualTo("sections[0].activities[0].deadline.parsed"))
                .hasMessageEndingWith("Day 31 does not exist in FEBRUARY");
        assertThatThrownBy(() -> RoadmapJson.read(minimal("{\"number\":\"1.1\",\"title\":\"С\",\"deadlineText\":\"x\","
                + "\"deadline\":{\"parsed\":{\"kind\":\"on-demand\"},\"unparsed\":{\"ru\":\"а\",\"en\":\"b\"}}}")))
                .hasMessage("Invalid roadmap JSON at sections[0].activities[0].deadline: give exactly one of \"parsed\" "
                        + "and \"unparsed\"");
    }

    @Test
    void rejectsTrailingContentAndDuplicateFields() {
        String valid = "{\"format\":\"tandem-roadmap\",\"version\":1,\"title\":\"\",\"sections\":[]}";
        assertThatThrownBy(() -> RoadmapJson.read(valid + " {}")).isInstanceOf(RoadmapJsonException.class);
        assertThatThrownBy(() -> RoadmapJson.read(valid.replace("\"title\":\"\"", "\"title\":\"\",\"title\":\"x\"")))
                .isInstanceOf(RoadmapJsonException.class).hasMessageContaining("title");
    }
}
