package org.tandem.core.questionnaire;

import java.util.EnumSet;
import java.util.Set;

import org.tandem.core.shared.LocalizedText;

/**
 * A field of a questionnaire that a {@link ColumnMapping} maps a column of a form export to. Fields that do not
 * apply to a side (capacity for a mentee, requests for a mentor) are ignored when that side is imported.
 */
public enum QuestionnaireField {
    PERSON_ID("идентификатор человека", "person id"),
    FULL_NAME("ФИО", "full name"),
    BIRTH_DATE("дата рождения", "birth date"),
    /** «наставник» or «наставляемый»; when mapped, it must agree with the side being imported. */
    ROLE_SIDE("роль", "role"),
    CATEGORY("категория", "category"),
    /** A list split by {@code ;} or {@code ,}. */
    SUBJECTS("предметы", "subjects"),
    /** Deficits of a mentee or competencies of a mentor: catalog codes or catalog names, case-insensitive. */
    COMPETENCIES("дефициты или компетенции", "deficits or competencies"),
    PREFERRED_FORMAT("формат встреч", "preferred format"),
    AVAILABLE_DAYS("дни встреч", "available days"),
    /** When teaching (mentee) or the career (mentor) began. */
    CAREER_START("начало педагогической или трудовой деятельности", "teaching or career start"),
    CAPACITY("число наставляемых", "capacity"),
    TRAINING("обучение в школе наставников", "mentor training"),
    WILLING_ELSEWHERE("готовность наставлять в другой организации", "willing to mentor elsewhere"),
    CONSENT_GIVEN_ON("дата согласия", "consent given on"),
    /** «сам», «родитель», «законный представитель»; empty means the person. */
    CONSENT_GIVEN_BY("кто дал согласие", "consent given by"),
    REPRESENTATIVE("ФИО представителя", "representative name"),
    /** A mentee's requests, one per line of the answer. */
    REQUESTS("запросы", "requests"),
    /** Notes of third parties on a mentee, one per line of the answer. */
    OBSERVATIONS("наблюдения", "observations"),
    /** A mentor's achievements and interests, one per line of the answer. */
    ACHIEVEMENTS("достижения", "achievements");

    private final LocalizedText label;

    QuestionnaireField(String ru, String en) {
        this.label = LocalizedText.of(ru, en);
    }

    public LocalizedText label() {
        return label;
    }

    /** The fields a mapping must map to import {@code side}. */
    public static Set<QuestionnaireField> requiredFor(QuestionnaireSide side) {
        Set<QuestionnaireField> required = EnumSet.of(PERSON_ID, FULL_NAME, BIRTH_DATE, CATEGORY, COMPETENCIES,
                PREFERRED_FORMAT, CONSENT_GIVEN_ON);
        if (side == QuestionnaireSide.MENTOR) {
            required.add(CAREER_START);
            required.add(CAPACITY);
        }
        return required;
    }
}
