package org.tandem.core.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tandem.core.people.MeetingFormat;
import org.tandem.core.people.MentorCategory;

class AnswersTest {

    @Test
    void readsRussianAndIsoDatesAndRejectsImpossibleOnes() {
        assertThat(Answers.date("05.08.2000")).contains(LocalDate.of(2000, 8, 5));
        assertThat(Answers.date("5.8.2000")).contains(LocalDate.of(2000, 8, 5));
        assertThat(Answers.date("2000-08-05")).contains(LocalDate.of(2000, 8, 5));
        assertThat(Answers.date("15.09.2024 10:31:02")).contains(LocalDate.of(2024, 9, 15));
        assertThat(Answers.date("31.02.2000")).isEmpty();
        assertThat(Answers.date("вчера")).isEmpty();
    }

    @Test
    void readsRussianYesNoCategoriesFormatsAndDays() {
        assertThat(Answers.yesNo("Да")).contains(true);
        assertThat(Answers.yesNo("нет")).contains(false);
        assertThat(Answers.yesNo("может быть")).isEmpty();
        assertThat(Answers.lookup(Answers.MENTOR_CATEGORIES, "Обучающийся-наставник")).contains(MentorCategory.PUPIL_MENTOR);
        assertThat(Answers.lookup(Answers.FORMATS, "Очно и дистанционно")).contains(MeetingFormat.MIXED);
        assertThat(Answers.day("Пятница")).contains(DayOfWeek.FRIDAY);
        assertThat(Answers.items("математика; физика,  химия")).containsExactly("математика", "физика", "химия");
    }

    @Test
    void detectsUtf8ElseWindows1251AndTheSeparatorOfTheHeaderLine() {
        assertThat(CsvTables.decode("ФИО".getBytes(CsvTables.WINDOWS_1251), Optional.empty())).isEqualTo("ФИО");
        assertThat(CsvTables.decode("ФИО".getBytes(StandardCharsets.UTF_8), Optional.empty())).isEqualTo("ФИО");
        assertThat(CsvTables.delimiter("\"a,b\";c;d\ne,f,g,h")).isEqualTo(';');
        assertThat(CsvTables.delimiter("a,b,c")).isEqualTo(',');
    }
}
