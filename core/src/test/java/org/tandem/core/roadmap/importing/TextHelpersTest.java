package org.tandem.core.roadmap.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextHelpersTest {

    @Test
    void htmlBlocksBecomeLinesAndEntitiesAreDecoded() {
        assertThat(HtmlText.toPlain("<p>В&nbsp;течение года</p>")).isEqualTo("В течение года");
        assertThat(HtmlText.toPlain("<ol style=\"x\"><li>один</li><li>два &amp; три</li></ol>")).isEqualTo("один\nдва & три");
        assertThat(HtmlText.toPlain("Куратор<br>Наставник<BR />")).isEqualTo("Куратор\nНаставник");
        assertThat(HtmlText.toPlain("&laquo;Лучший тандем&raquo; &#8212; &#x2116;1 &unknown;")).isEqualTo("«Лучший тандем» — №1 &unknown;");
        assertThat(HtmlText.toPlain("<ol style=\"list-style-type: none\"> 1. Анкетирование. ")).isEqualTo("1. Анкетирование.");
        assertThat(HtmlText.toPlain("a < b, 3 > 2")).isEqualTo("a < b, 3 > 2");
        assertThat(HtmlText.toPlainLine("<p>a</p><p>b</p>")).isEqualTo("a b");
    }

    @ParameterizedTest(name = "«{0}»")
    @CsvSource(delimiter = '|', textBlock = """
            Методист МКУ «ЦРО» Руководители образовательных организаций                    | Методист МКУ «ЦРО»;Руководители образовательных организаций
            МКУ «ЦРО» МБОУ «Ниженарыкарская СОШ» (по согласованию)                         | МКУ «ЦРО»;МБОУ «Ниженарыкарская СОШ» (по согласованию)
            Богатова Ю.Л., Нетёсова Л.В., специалисты УО                                   | Богатова Ю.Л.;Нетёсова Л.В.;специалисты УО
            генеральный директор, координатор, кураторы                                    | генеральный директор;координатор;кураторы
            Ген. директор                                                                  | Ген. директор
            Муниципальное казенное учреждение «Центр развития, образования» (далее – МКУ «ЦРО») | Муниципальное казенное учреждение «Центр развития, образования» (далее – МКУ «ЦРО»)
            Куратор; педагог-психолог                                                      | Куратор;педагог-психолог
            """)
    void responsibleCellsSplitIntoParties(String cell, String parties) {
        assertThat(ResponsibleParties.split(cell)).containsExactly(parties.split(";"));
    }

    @Test
    void aBlankResponsibleCellHasNoParties() {
        assertThat(ResponsibleParties.split("  ")).isEmpty();
    }

    @ParameterizedTest(name = "«{0}» is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            №                                | NUMBER
            № п/п                            | NUMBER
            Наименование этапа               | STAGE
            Этапы/ Мероприятия               | ACTIVITY
            Мероприятие                      | ACTIVITY
            Содержание деятельности          | CONTENT
            Сроки проведения мероприятий     | DEADLINE
            СРОК ИСПОЛНЕНИЯ                  | DEADLINE
            Ответственный исполнитель        | RESPONSIBLE
            Исполнители                      | RESPONSIBLE
            Ожидаемые результаты             | EXPECTED_RESULT
            Значимые контрольные результаты  | CONTROL_RESULT
            Вид документа                    | DOCUMENT_TYPE
            Показатель реализации            | INDICATOR
            """)
    void headersAreRecognizedByKeywords(String header, ColumnKind kind) {
        assertThat(ColumnKind.fromHeader(header)).contains(kind);
    }

    @Test
    void unknownAndBlankHeadersAreNotGuessed() {
        assertThat(ColumnKind.fromHeader("Примечание")).isEmpty();
        assertThat(ColumnKind.fromHeader(" ")).isEmpty();
    }

    @Test
    void pageBreakFragmentsContinueOnlyUnfinishedText() {
        assertThat(RoadmapTableImporter.continues("Сбор списков наставляемых от образовательных", "организаций")).isTrue();
        assertThat(RoadmapTableImporter.continues("Закрепление наставнических пар/", "групп")).isTrue();
        assertThat(RoadmapTableImporter.continues("Организация партнерства:", "заключение договоров")).isFalse();
        assertThat(RoadmapTableImporter.continues("Сбор данных о наставляемых", "Формирование базы")).isFalse();
        assertThat(RoadmapTableImporter.continues("Издание приказа.", "2. Составление планов")).isFalse();
        assertThat(RoadmapTableImporter.strictlyContinues("Богатова Ю.Л., Нетёсова Л.В.,", "специалисты УО")).isTrue();
        assertThat(RoadmapTableImporter.join("пар/", "групп")).isEqualTo("пар/групп");
        assertThat(RoadmapTableImporter.join("Октябрь –", "ноябрь 2024")).isEqualTo("Октябрь – ноябрь 2024");
    }
}
