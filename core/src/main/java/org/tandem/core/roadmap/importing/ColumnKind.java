package org.tandem.core.roadmap.importing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a roadmap table column holds, recognized from its header by keywords. */
public enum ColumnKind {
    NUMBER,
    DEADLINE,
    RESPONSIBLE,
    EXPECTED_RESULT,
    CONTROL_RESULT,
    DOCUMENT_TYPE,
    INDICATOR,
    CONTENT,
    ACTIVITY,
    STAGE;

    // Checked in this order: "Сроки проведения мероприятий" is a deadline although it names
    // activities, "Этапы/ Мероприятия" is the activity column although it names stages.
    private static final List<Keywords> KEYWORDS = List.of(
            new Keywords(DEADLINE, List.of("срок", "дата")),
            new Keywords(RESPONSIBLE, List.of("ответствен", "исполнител")),
            new Keywords(EXPECTED_RESULT, List.of("ожидаем")),
            new Keywords(CONTROL_RESULT, List.of("контрольн")),
            new Keywords(DOCUMENT_TYPE, List.of("документ", "форма результат", "форма представлен", "форма отчет")),
            new Keywords(INDICATOR, List.of("показател", "индикатор")),
            new Keywords(CONTENT, List.of("содержани")),
            new Keywords(ACTIVITY, List.of("мероприят", "наименование работ", "действи")),
            new Keywords(STAGE, List.of("этап", "раздел", "направлени")));

    /**
     * The kind a header cell names, case-insensitively and in any position of the header.
     *
     * @param header the header cell's plain text
     * @return the kind, or empty for a blank or unknown header
     */
    public static Optional<ColumnKind> fromHeader(String header) {
        String h = header.toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
        if (h.isEmpty()) {
            return Optional.empty();
        }
        if (h.startsWith("№") || h.contains("п/п") || h.equals("n") || h.startsWith("номер")) {
            return Optional.of(NUMBER);
        }
        return KEYWORDS.stream().filter(k -> k.words.stream().anyMatch(h::contains)).map(k -> k.kind).findFirst();
    }

    private record Keywords(ColumnKind kind, List<String> words) {
    }
}
