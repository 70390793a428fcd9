package org.tandem.core.roadmap;

import org.tandem.core.shared.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The seven stages of the program cycle of the target mentoring model (целевая модель
 * наставничества), in cycle order.
 */
public enum TargetModelStage {
    PREPARING_CONDITIONS("Подготовка условий", "Preparing conditions"),
    MENTEE_BASE("Формирование базы наставляемых", "Forming the mentee base"),
    MENTOR_BASE("Формирование базы наставников", "Forming the mentor base"),
    MENTOR_SELECTION_AND_TRAINING("Отбор и обучение наставников", "Selecting and training mentors"),
    PAIRS_AND_GROUPS("Формирование наставнических пар и групп", "Forming pairs and groups"),
    PAIRS_AND_GROUPS_WORK("Работа наставнических пар и групп", "Work of pairs and groups"),
    COMPLETION("Завершение наставничества", "Completion");

    private final String russianName;
    private final String englishName;

    TargetModelStage(String russianName, String englishName) {
        this.russianName = russianName;
        this.englishName = englishName;
    }

    /** The stage's name in Russian and English. */
    public LocalizedText displayName() {
        return LocalizedText.of(russianName, englishName);
    }

    /**
     * Guesses the stage from a section title by keywords ("Формирование базы наставляемых",
     * "Этап 4. Диагностика результативности ..."). Titles that fit no stage, or that mix
     * several ("Работа с наставниками и наставляемыми"), give no guess rather than a wrong one.
     *
     * @param title a section or stage title in Russian
     * @return the stage, or empty when the title does not say
     */
    public static Optional<TargetModelStage> guessFromTitle(String title) {
        Objects.requireNonNull(title, "title");
        // The trailing space lets "пар " match a title that ends with the word.
        String t = title.toLowerCase(Locale.ROOT).replace('ё', 'е') + " ";
        // Order matters: the work of pairs mentions pairs too, and the bases mention mentors.
        for (Rule rule : RULES) {
            if (rule.matches(t)) {
                return Optional.of(rule.stage);
            }
        }
        return Optional.empty();
    }

    private record Rule(TargetModelStage stage, List<String> anyOf, List<String> andAnyOf) {
        boolean matches(String t) {
            return anyOf.stream().anyMatch(t::contains) && (andAnyOf.isEmpty() || andAnyOf.stream().anyMatch(t::contains));
        }
    }

    private static final List<String> PAIRS = List.of("пар/", "пар ", "пары", "пар,", "групп", "тандем");
    private static final List<Rule> RULES = List.of(
            new Rule(PAIRS_AND_GROUPS_WORK, List.of("работ", "осуществлен", "взаимодейств"), PAIRS),
            new Rule(PAIRS_AND_GROUPS, List.of("формирован", "закреплен", "подбор", "утвержден"), PAIRS),
            new Rule(MENTEE_BASE, List.of("баз"), List.of("наставляем")),
            new Rule(MENTOR_BASE, List.of("баз"), List.of("наставник")),
            new Rule(MENTOR_SELECTION_AND_TRAINING, List.of("отбор", "обучени", "школа наставник"), List.of()),
            new Rule(PREPARING_CONDITIONS, List.of("подготовительн", "запуск", "подготовка услови", "подготовка нормативн"),
                    List.of()),
            new Rule(COMPLETION, List.of("заверш", "итог", "мониторинг", "диагностик", "лучших практик", "поощрен",
                    "рефлекси"), List.of()));
}
