package org.tandem.core.roadmap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.tandem.core.roadmap.deadline.DeadlineParser;
import org.tandem.core.roadmap.deadline.RoadmapPeriod;
import org.tandem.core.shared.DomainRuleException;

/**
 * Roadmaps an organization can start from instead of a blank table.
 */
public final class RoadmapTemplates {

    private RoadmapTemplates() {
    }

    /**
     * One academic year of the seven-stage cycle of the target model, in the order and with the deadlines a
     * regional education center's 2023–2024 roadmap used: conditions and both bases in September, mentor training
     * from October to May, pairs fixed by order in September, meetings from October to May, intermediate
     * feedback in December, monitoring and rewards in May, best practices published in June–July. Every
     * activity names who is responsible by role (at the level of the roadmap's owner: {@link ResponsibleLevel#MUNICIPAL}
     * for a municipality, {@link ResponsibleLevel#ORGANIZATION} for an organization, unspecified for a region) and the
     * document it produces; the organization edits the rest.
     *
     * @param organization       the organization's name, as it should head the roadmap
     * @param level              the organization's level
     * @param academicYearStart  the calendar year the academic year starts in (2025 for 2025–2026)
     */
    public static Roadmap targetModelCycle(String organization, OrganizationLevel level, int academicYearStart) {
        Objects.requireNonNull(level, "level");
        if (organization == null || organization.isBlank()) {
            throw new DomainRuleException("Для шаблона дорожной карты нужно наименование организации.",
                    "a roadmap template needs the organization's name");
        }
        RoadmapPeriod period = RoadmapPeriod.academicYear(academicYearStart);
        ResponsibleLevel parties = switch (level) {
            case MUNICIPALITY -> ResponsibleLevel.MUNICIPAL;
            case ORGANIZATION -> ResponsibleLevel.ORGANIZATION;
            case REGION -> ResponsibleLevel.UNSPECIFIED;
        };
        List<RoadmapSection> sections = new ArrayList<>();
        sections.add(stage(parties, 1, TargetModelStage.PREPARING_CONDITIONS,
                activity("1.1", "Утвердить дорожную карту и положение о наставничестве на учебный год", "сентябрь",
                        "приказ", "руководитель, координатор"),
                activity("1.2", "Назначить координатора и кураторов программ наставничества", "сентябрь",
                        "приказ", "руководитель"),
                activity("1.3", "Рассказать педагогам о целях и возможностях наставничества: встречи, сайт", "сентябрь",
                        "информационное письмо", "координатор, кураторы")));
        sections.add(stage(parties, 2, TargetModelStage.MENTEE_BASE,
                activity("2.1", "Анкетировать наставляемых и выявить их профессиональные дефициты", "сентябрь",
                        "аналитическая справка", "кураторы"),
                activity("2.2", "Собрать согласия наставляемых на обработку персональных данных", "сентябрь",
                        "согласия", "кураторы"),
                activity("2.3", "Сформировать базу наставляемых", "сентябрь", "база наставляемых", "кураторы")));
        sections.add(stage(parties, 3, TargetModelStage.MENTOR_BASE,
                activity("3.1", "Анкетировать потенциальных наставников и собрать их согласия", "сентябрь",
                        "анкеты, согласия", "координатор, кураторы"),
                activity("3.2", "Сформировать базу наставников", "сентябрь", "база наставников", "кураторы")));
        sections.add(stage(parties, 4, TargetModelStage.MENTOR_SELECTION_AND_TRAINING,
                activity("4.1", "Отобрать наставников для выбранных форм наставничества", "сентябрь",
                        "протокол", "координатор, кураторы"),
                activity("4.2", "Обучать наставников в школе наставников", "октябрь – май",
                        "методические рекомендации", "координатор, кураторы")));
        sections.add(stage(parties, 5, TargetModelStage.PAIRS_AND_GROUPS,
                activity("5.1", "Сопоставить анкеты, провести групповую встречу и анкетирование о предпочтениях",
                        "сентябрь", "протокол", "координатор, кураторы"),
                activity("5.2", "Закрепить наставнические пары и группы приказом", "сентябрь", "приказ", "руководитель"),
                activity("5.3", "Составить персонализированные программы наставничества", "сентябрь – октябрь",
                        "персонализированные программы", "наставники")));
        sections.add(stage(parties, 6, TargetModelStage.PAIRS_AND_GROUPS_WORK,
                activity("6.1", "Провести организационную, планирующую, регулярные и итоговую встречи пар и групп",
                        "октябрь – май", "протоколы встреч", "кураторы, наставники"),
                activity("6.2", "Собрать промежуточную обратную связь участников", "декабрь", "анкеты",
                        "кураторы")));
        sections.add(stage(parties, 7, TargetModelStage.COMPLETION,
                activity("7.1", "Провести мониторинг удовлетворённости и качества программы наставничества", "май",
                        "аналитическая справка", "кураторы, наставники"),
                activity("7.2", "Поощрить наставников и подвести итоги года", "май", "приказ", "руководитель"),
                activity("7.3", "Опубликовать лучшие практики наставничества на сайте", "июнь – июль",
                        "публикация", "кураторы, наставники")));
        return new Roadmap(Optional.of(organization.strip()), Optional.of(level),
                "Дорожная карта реализации целевой модели наставничества на " + academicYearStart + "–"
                        + (academicYearStart + 1) + " учебный год",
                Optional.of(period), sections);
    }

    private static RoadmapSection stage(ResponsibleLevel level, int number, TargetModelStage stage, Activity... activities) {
        List<Activity> staged = new ArrayList<>();
        for (Activity a : activities) {
            staged.add(new Activity(a.number(), false, a.title(), a.content(), a.deadlineText(), a.deadline(),
                    a.expectedResult(), a.controlResult(), a.documentType(), a.indicator(),
                    a.responsible().stream().map(p -> new ResponsibleParty(level, p.kind(), p.name())).toList(),
                    Optional.of(stage), 0));
        }
        return new RoadmapSection(Integer.toString(number), stage.displayName().ru(), Optional.of(stage), staged);
    }

    private static Activity activity(String number, String title, String deadline, String documentType,
                                     String responsible) {
        return new Activity(number, false, title, "", deadline, Optional.of(DeadlineParser.parse(deadline)), "", "",
                documentType, "100%", parties(responsible), Optional.empty(), 0);
    }

    /** The template names roles only; {@link #stage} gives them the level of the roadmap's owner. */
    private static List<ResponsibleParty> parties(String names) {
        return Arrays.stream(names.split(",\\s*"))
                .map(name -> new ResponsibleParty(ResponsibleLevel.UNSPECIFIED, PartyKind.ROLE, name)).toList();
    }
}
