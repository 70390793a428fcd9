package org.tandem.portal.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The portal's settings for Tandem, edited in the portal's configuration screen (PID {@code org.tandem.portal}). */
@ObjectClassDefinition(id = "org.tandem.portal", name = "Tandem / Тандем",
        description = "Mentoring programs: language and the default mentoring policy of new organizations. "
                + "Наставничество: язык и политика наставничества по умолчанию для новых организаций.")
public @interface TandemConfiguration {

    @AttributeDefinition(name = "Language / Язык", description = "Used when a user's browser names neither ru nor en.",
            options = {@Option(value = "ru", label = "Русский"), @Option(value = "en", label = "English")})
    String locale() default "ru";

    @AttributeDefinition(name = "Mentees per mentor / Наставляемых на наставника", min = "1")
    int maxMenteesPerMentor() default 3;

    @AttributeDefinition(name = "Mentor's years of experience / Стаж наставника, лет", min = "0")
    int minMentorExperienceYears() default 5;

    @AttributeDefinition(name = "Days to the first meeting / Дней до первой встречи", min = "1")
    int daysToFirstMeeting() default 14;

    @AttributeDefinition(name = "Days to the personalized program / Дней до персонализированной программы", min = "1")
    int daysToPersonalizedProgram() default 30;

    @AttributeDefinition(name = "Mentor training required / Обучение наставника обязательно")
    boolean mentorTrainingRequired() default false;
}
