package org.tandem.portal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The files a curator uploads in {@link CuratorUiIT}, as online forms export them: semicolon-separated CSV with
 * Russian headers and dates, and a roadmap table. Dates are relative to today, so that ages, teaching years,
 * consents and deadlines mean the same whenever the test runs.
 */
final class Questionnaires {

    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final List<String> MONTHS = List.of("январь", "февраль", "март", "апрель", "май", "июнь", "июль",
            "август", "сентябрь", "октябрь", "ноябрь", "декабрь");

    private Questionnaires() {
    }

    /**
     * Two experienced mentors with one place each and a third without the five years the policy asks for.
     */
    static String mentors() {
        LocalDate today = LocalDate.now();
        String consent = ru(today.minusDays(20));
        return String.join("\n",
                "Код участника;ФИО;Дата рождения;Категория;Предметы;Компетенции;Формат встреч;Удобные дни;"
                        + "Начало педагогической деятельности;Сколько наставляемых готовы взять;Школа наставников;Дата согласия",
                "m-1;Васильева Нина Петровна;" + ru(today.minusYears(51)) + ";педагог;математика;"
                        + "\"lesson-planning; assessment\";очно;пн;" + ru(today.minusYears(27)) + ";1;да;" + consent,
                "m-2;Кузнецов Игорь Олегович;" + ru(today.minusYears(46)) + ";учитель;русский язык;"
                        + "\"classroom-management; parents\";смешанный;вт;" + ru(today.minusYears(21)) + ";1;да;" + consent,
                "m-3;Лебедев Павел Андреевич;" + ru(today.minusYears(27)) + ";педагог;физика;project-activity;очно;ср;"
                        + ru(today.minusYears(2)) + ";2;нет;" + consent) + "\n";
    }

    /** Four young teachers; the fourth will withdraw her consent. */
    static String mentees() {
        LocalDate today = LocalDate.now();
        String consent = ru(today.minusDays(20));
        String start = ru(today.minusYears(1));
        return String.join("\n", MENTEE_HEADER,
                "t-101;Петрова Анна Игоревна;" + ru(today.minusYears(26)) + ";молодой специалист;математика;"
                        + "\"lesson-planning, assessment\";очно;пн;" + start + ";" + consent + ";сам;Как планировать урок",
                "t-102;Смирнов Денис Юрьевич;" + ru(today.minusYears(25)) + ";молодой специалист;русский язык;"
                        + "classroom-management;смешанный;вт;" + start + ";" + consent + ";сам;Дисциплина в классе",
                "t-103;Орлова Мария Сергеевна;" + ru(today.minusYears(27)) + ";молодой специалист;физика;"
                        + "project-activity;очно;ср;" + start + ";" + consent + ";сам;Проекты с учениками",
                "t-104;Белова Ксения Андреевна;" + ru(today.minusYears(24)) + ";молодой специалист;математика;"
                        + "assessment;очно;чт;" + start + ";" + consent + ";сам;") + "\n";
    }

    /** Line 3 has an impossible birth date, line 4 a deficit the catalog does not know. */
    static String menteesWithErrors() {
        LocalDate today = LocalDate.now();
        String consent = ru(today.minusDays(20));
        String start = ru(today.minusYears(1));
        return String.join("\n", MENTEE_HEADER,
                "t-101;Петрова Анна Игоревна;" + ru(today.minusYears(26)) + ";молодой специалист;математика;"
                        + "lesson-planning;очно;пн;" + start + ";" + consent + ";сам;",
                "t-102;Смирнов Денис Юрьевич;31.02.2000;молодой специалист;русский язык;classroom-management;"
                        + "смешанный;вт;" + start + ";" + consent + ";сам;",
                "t-103;Орлова Мария Сергеевна;" + ru(today.minusYears(27)) + ";молодой специалист;физика;вязание;очно;ср;"
                        + start + ";" + consent + ";сам;") + "\n";
    }

    private static final String MENTEE_HEADER = "Код участника;ФИО;Дата рождения;Категория;Предметы;"
            + "Профессиональные дефициты;Формат встреч;Удобные дни;Начало педагогической деятельности;Дата согласия;"
            + "Согласие дал;Запросы";

    /**
     * A school roadmap of the current academic year: 1.1 was due two months ago, 1.2 and 2.1 last month (overdue),
     * 2.2 next month, 5.1 in two months.
     */
    static String roadmap(LocalDate today) {
        int year = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        return String.join("\n",
                "План наставничества МБОУ СОШ № 7 на " + year + "-" + (year + 1) + " учебный год",
                "",
                "№\tМероприятие\tСрок исполнения\tОтветственные",
                "Этап 1. Подготовка условий",
                "1.1.\tПриказ о внедрении целевой модели наставничества\t" + month(today.minusMonths(2)) + "\tДиректор",
                "1.2.\tНазначение куратора программы\t" + month(today.minusMonths(1)) + "\tДиректор",
                "Этап 2. Формирование базы наставляемых",
                "2.1.\tАнкетирование молодых педагогов\t" + month(today.minusMonths(1)) + "\tКуратор",
                "2.2.\tСбор согласий на обработку персональных данных\t" + month(today.plusMonths(1)) + "\tКуратор",
                "Этап 5. Формирование наставнических пар и групп",
                "5.1.\tПриказ об утверждении наставнических пар\t" + month(today.plusMonths(2)) + "\tДиректор, куратор")
                + "\n";
    }

    private static String month(LocalDate date) {
        return MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    private static String ru(LocalDate date) {
        return date.format(RU);
    }
}
