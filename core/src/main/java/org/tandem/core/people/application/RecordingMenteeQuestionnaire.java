package org.tandem.core.people.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.tandem.core.access.Action;
import org.tandem.core.access.Actor;
import org.tandem.core.application.CommandContext;
import org.tandem.core.people.Competency;
import org.tandem.core.people.CompetencyCatalog;
import org.tandem.core.people.MeetingFormat;
import org.tandem.core.people.MenteeCategory;
import org.tandem.core.people.MenteeProfile;
import org.tandem.core.people.People;
import org.tandem.core.people.Person;
import org.tandem.core.people.Role;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.shared.Result;

/** Records a mentee's questionnaire (анкета наставляемого); deficits are codes of the competency catalog. */
public final class RecordingMenteeQuestionnaire {

    public record Questionnaire(@NotNull(message = "{tandem.required}") PersonId person,
                                @NotNull(message = "{tandem.required}") MenteeCategory category,
                                @NotNull(message = "{tandem.required}") Set<@NotBlank(message = "{tandem.notBlank}") String> subjects,
                                @NotNull(message = "{tandem.required}") List<@NotBlank(message = "{tandem.notBlank}") String> requests,
                                @NotNull(message = "{tandem.required}") @Size(min = 1, max = 50, message = "{tandem.size}")
                                Set<@NotBlank(message = "{tandem.notBlank}") String> deficitCodes,
                                @NotNull(message = "{tandem.required}") MeetingFormat preferredFormat,
                                @NotNull(message = "{tandem.required}") Set<DayOfWeek> availableDays,
                                @PastOrPresent(message = "{tandem.past}") LocalDate teachingStart,
                                @NotNull(message = "{tandem.required}") List<@NotBlank(message = "{tandem.notBlank}") String> observations) {
    }

    private final CommandContext context;
    private final People people;
    private final CompetencyCatalog catalog;

    public RecordingMenteeQuestionnaire(CommandContext context, People people, CompetencyCatalog catalog) {
        this.context = Objects.requireNonNull(context, "context");
        this.people = Objects.requireNonNull(people, "people");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    public Result<MenteeProfile> record(Actor actor, Questionnaire answers) {
        context.valid(answers);
        Person person = people.require(answers.person());
        var refusal = context.denyInAll(actor, Action.MANAGE_BASE, person.organizationsAs(Role.MENTEE));
        if (refusal.isPresent()) {
            return Result.refused(refusal.get());
        }
        Result<Set<Competency>> deficits = resolve(catalog, answers.deficitCodes());
        if (!deficits.isOk()) {
            return Result.refused(deficits.refusal());
        }
        MenteeProfile profile = new MenteeProfile(answers.category(), answers.subjects(), answers.requests(),
                deficits.value(), answers.preferredFormat(), answers.availableDays(),
                Optional.ofNullable(answers.teachingStart()), answers.observations());
        return person.describeAsMentee(profile).map(recorded -> {
            people.save(person);
            context.publish(EventType.QUESTIONNAIRE_RECORDED, actor, "Person", person.id(), Map.of(
                    "side", "mentee", "category", recorded.category().name(),
                    "deficits", String.join(",", answers.deficitCodes())));
            return recorded;
        });
    }

    /** The catalog entries for {@code codes}, or a refusal naming the first unknown code. */
    static Result<Set<Competency>> resolve(CompetencyCatalog catalog, Set<String> codes) {
        Set<Competency> result = new LinkedHashSet<>();
        for (String code : codes) {
            Optional<Competency> competency = catalog.find(code.strip());
            if (competency.isEmpty()) {
                return Result.refused(RefusalReason.NOT_FOUND,
                        "В каталоге нет компетенции с кодом «" + code + "».",
                        "The catalog has no competency with code '" + code + "'.");
            }
            result.add(competency.get());
        }
        return Result.ok(result);
    }
}
