package org.tandem.core.roadmap;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tandem.core.roadmap.deadline.DeadlineParse;
import org.tandem.core.shared.DomainRuleException;

/**
 * One scheduled line of a roadmap. Text fields hold the cell text reduced to plain text, or an
 * empty string when the roadmap has no such column or left the cell empty.
 *
 * @param number         number as printed without the trailing dot ("1.2"), or assigned by the
 *                       importer when the row had none (see {@code numberAssigned})
 * @param numberAssigned whether {@code number} was assigned because the row had no number of its own
 * @param title          the activity (мероприятие)
 * @param content        content of the work (содержание деятельности)
 * @param deadlineText   the deadline cell as written
 * @param deadline       the deadline read from {@code deadlineText}; empty when the cell is empty
 * @param expectedResult expected result (ожидаемые результаты)
 * @param controlResult  significant control result (значимые контрольные результаты)
 * @param documentType   document type or form of the result (вид документа)
 * @param indicator      indicator (показатель), e.g. "100%"
 * @param responsible    responsible parties in column order, one entry per person, role or body, each with
 *                       its level and kind
 * @param stage          the program-cycle stage, when the section tells it
 * @param sourceLine     1-based line of the source table where the row starts, 0 when not imported
 */
public record Activity(
        String number,
        boolean numberAssigned,
        String title,
        String content,
        String deadlineText,
        Optional<DeadlineParse> deadline,
        String expectedResult,
        String controlResult,
        String documentType,
        String indicator,
        List<ResponsibleParty> responsible,
        Optional<TargetModelStage> stage,
        int sourceLine) {

    public Activity {
        requireText(number, "number");
        if (number.isBlank()) {
            throw new DomainRuleException("У мероприятия дорожной карты должен быть номер.", "An activity needs a number");
        }
        requireText(title, "title");
        requireText(content, "content");
        if (title.isBlank() && content.isBlank()) {
            throw new DomainRuleException("У мероприятия " + number + " должно быть название или содержание.",
                    "Activity " + number + " needs a title or a content");
        }
        requireText(deadlineText, "deadlineText");
        Objects.requireNonNull(deadline, "deadline");
        if (deadline.isPresent() && !deadline.get().text().equals(deadlineText)) {
            throw new DomainRuleException("Мероприятие " + number + ": срок прочитан из «" + deadline.get().text()
                    + "», а в графе «Сроки» написано «" + deadlineText + "».", "Activity " + number
                    + ": deadline was read from '" + deadline.get().text() + "' but the deadline text is '"
                    + deadlineText + "'");
        }
        requireText(expectedResult, "expectedResult");
        requireText(controlResult, "controlResult");
        requireText(documentType, "documentType");
        requireText(indicator, "indicator");
        responsible = List.copyOf(responsible);
        Objects.requireNonNull(stage, "stage");
        if (sourceLine < 0) {
            throw new DomainRuleException("Номер строки в исходном файле не может быть отрицательным: указано "
                    + sourceLine + ".", "sourceLine must be >= 0, got " + sourceLine);
        }
    }

    /** The names of the responsible parties, in order, as written. */
    public List<String> responsibleNames() {
        return responsible.stream().map(ResponsibleParty::name).toList();
    }

    /** The responsible parties of the given level, in order. */
    public List<ResponsibleParty> responsible(ResponsibleLevel level) {
        Objects.requireNonNull(level, "level");
        return responsible.stream().filter(p -> p.level() == level).toList();
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, () -> name + " must not be null; use an empty string for an empty cell");
    }
}
