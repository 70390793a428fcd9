package org.tandem.core.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class AnswersNormalizeTest {

    /** The definition: lower case, ё as е, runs of spaces, dashes and commas as one space, no final full stop. */
    private static String byPatterns(String text) {
        return text.toLowerCase(Locale.forLanguageTag("ru")).replace('ё', 'е').replaceAll("[\\s\\-–—_,]+", " ")
                .replaceAll("\\.$", "").strip();
    }

    @Test
    void normalizingInOnePassGivesWhatThePatternsGive() {
        String alphabet = "аЁёЕбQq1 .\t\n\r\u000B\f-–—_,;\u0085\u2028\u2029\u00A0";
        Random random = new Random(17);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Answers.normalize(text.toString())).as("'%s'", text).isEqualTo(byPatterns(text.toString()));
        }
        assertThat(Answers.normalize("  Молодой — специалист.")).isEqualTo("молодой специалист");
        assertThat(Answers.normalize("Ёлка,,ель..")).isEqualTo("елка ель.");
    }
}
