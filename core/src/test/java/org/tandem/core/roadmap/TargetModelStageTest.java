package org.tandem.core.roadmap;

import org.tandem.core.shared.LocalizedText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetModelStageTest {

    @ParameterizedTest(name = "«{0}» -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Подготовка условий для реализации программы наставничества                   | PREPARING_CONDITIONS
            Подготовительный период: подготовка условий для запуска программы            | PREPARING_CONDITIONS
            Формирование базы наставляемых                                               | MENTEE_BASE
            Формирование базы наставников                                                | MENTOR_BASE
            Отбор и обучение наставников                                                 | MENTOR_SELECTION_AND_TRAINING
            Формирование наставнических пар/ групп                                       | PAIRS_AND_GROUPS
            Организация и осуществление работы наставнических пар/ групп                 | PAIRS_AND_GROUPS_WORK
            Завершение наставничества                                                    | COMPLETION
            Диагностика результативности и информационно-рекламная деятельность          | COMPLETION
            Выявление и распространение лучших практик наставничества                   | COMPLETION
            """)
    void guessesTheStageFromKeywordsOfTheTitle(String title, TargetModelStage stage) {
        assertThat(TargetModelStage.guessFromTitle(title)).contains(stage);
    }

    @Test
    void makesNoGuessForTitlesThatDoNotSay() {
        assertThat(TargetModelStage.guessFromTitle("Работа с наставниками и наставляемыми")).isEmpty();
        assertThat(TargetModelStage.guessFromTitle("Информационная и просветительская поддержка наставников")).isEmpty();
        assertThat(TargetModelStage.guessFromTitle("")).isEmpty();
    }

    @Test
    void namesStagesInBothLanguages() {
        assertThat(TargetModelStage.MENTEE_BASE.displayName())
                .isEqualTo(LocalizedText.of("Формирование базы наставляемых", "Forming the mentee base"));
        assertThat(TargetModelStage.values()).hasSize(7);
    }

    @Test
    void valuesRejectMissingData() {
        assertThatThrownBy(() -> LocalizedText.of("текст", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("English");
        assertThatThrownBy(() -> new Activity("", false, "t", "", "", Optional.empty(), "", "", "", "", List.of(),
                Optional.empty(), 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number");
        assertThatThrownBy(() -> new Activity("1.1", false, "", "", "", Optional.empty(), "", "", "", "", List.of(),
                Optional.empty(), 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title or a content");
    }
}
