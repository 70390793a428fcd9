package org.tandem.core.people;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tandem.core.shared.DomainRuleException;

/** The catalog questionnaires choose deficits and competencies from. Immutable. */
public final class CompetencyCatalog {

    private final Map<String, Competency> byCode;

    private CompetencyCatalog(Map<String, Competency> byCode) {
        this.byCode = byCode;
    }

    public static CompetencyCatalog of(Collection<Competency> entries) {
        Map<String, Competency> byCode = new LinkedHashMap<>();
        for (Competency entry : entries) {
            if (byCode.putIfAbsent(entry.code(), entry) != null) {
                throw new DomainRuleException("Код компетенции «" + entry.code() + "» встречается в каталоге дважды.",
                        "competency code " + entry.code() + " appears twice in the catalog");
            }
        }
        return new CompetencyCatalog(byCode);
    }

    /**
     * A starting catalog of the professional deficits school regulations name most often for young teachers;
     * organizations extend or replace it.
     */
    public static CompetencyCatalog teacherDefaults() {
        return of(List.of(
                Competency.of("lesson-planning", "планирование и конструирование урока"),
                Competency.of("classroom-management", "управление классом и дисциплина"),
                Competency.of("assessment", "оценивание образовательных результатов"),
                Competency.of("individual-approach", "индивидуальный подход и дифференциация"),
                Competency.of("parents", "взаимодействие с родителями"),
                Competency.of("documentation", "ведение школьной документации"),
                Competency.of("digital-tools", "цифровые образовательные ресурсы"),
                Competency.of("inclusive-education", "инклюзивное образование"),
                Competency.of("project-activity", "проектная и исследовательская деятельность"),
                Competency.of("exam-preparation", "подготовка обучающихся к ГИА"),
                Competency.of("extracurricular", "внеурочная и воспитательная работа")));
    }

    public Optional<Competency> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean contains(Competency competency) {
        return competency.equals(byCode.get(competency.code()));
    }

    public List<Competency> entries() {
        return List.copyOf(byCode.values());
    }
}
