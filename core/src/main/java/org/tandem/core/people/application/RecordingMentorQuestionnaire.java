package org.tandem.core.people.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.tandem.core.access.Action;
import org.tandem.core.access.Actor;
import org.tandem.core.application.CommandContext;
import org.tandem.core.people.Competency;
import org.tandem.core.people.CompetencyCatalog;
import org.tandem.core.people.MeetingFormat;
import org.tandem.core.people.MentorCategory;
import org.tandem.core.people.MentorProfile;
import org.tandem.core.people.People;
import org.tandem.core.people.Person;
import org.tandem.core.people.Role;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.Result;

/** Records a mentor's questionnaire (анкета наставника); competencies are codes of the competency catalog. */
public final class RecordingMentorQuestionnaire {

    public record Questionnaire(@NotNull(message = "{tandem.required}") PersonId person,
                                @NotNull(message = "{tandem.required}") MentorCategory category,
                                @NotNull(message = "{tandem.required}") @Size(min = 1, max = 50, message = "{tandem.size}")
                                Set<@NotBlank(message = "{tandem.notBlank}") String> competencyCodes,
                                @NotNull(message = "{tandem.required}") Set<@NotBlank(message = "{tandem.notBlank}") String> subjects,
                                @NotNull(message = "{tandem.required}") @PastOrPresent(message = "{tandem.past}") LocalDate careerStart,
                                @PositiveOrZero(message = "{tandem.notNegative}") @Max(value = 30, message = "{tandem.max}") int capacity,
                                boolean trainingCompleted,
                                boolean willingToMentorElsewhere,
                                @NotNull(message = "{tandem.required}") MeetingFormat preferredFormat,
                                @NotNull(message = "{tandem.required}") Set<DayOfWeek> availableDays,
                                @NotNull(message = "{tandem.required}") List<@NotBlank(message = "{tandem.notBlank}") String> achievements) {
    }

    private final CommandContext context;
    private final People people;
    private final CompetencyCatalog catalog;

    public RecordingMentorQuestionnaire(CommandContext context, People people, CompetencyCatalog catalog) {
        this.context = Objects.requireNonNull(context, "context");
        this.people = Objects.requireNonNull(people, "people");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    public Result<MentorProfile> record(Actor actor, Questionnaire answers) {
        context.valid(answers);
        Person person = people.require(answers.person());
        var refusal = context.denyInAll(actor, Action.MANAGE_BASE, person.organizationsAs(Role.MENTOR));
        if (refusal.isPresent()) {
            return Result.refused(refusal.get());
        }
        Result<Set<Competency>> competencies = RecordingMenteeQuestionnaire.resolve(catalog, answers.competencyCodes());
        if (!competencies.isOk()) {
            return Result.refused(competencies.refusal());
        }
        MentorProfile profile = new MentorProfile(answers.category(), competencies.value(), answers.subjects(),
                answers.careerStart(), answers.capacity(), answers.trainingCompleted(),
                answers.willingToMentorElsewhere(), answers.preferredFormat(), answers.availableDays(),
                answers.achievements());
        return person.describeAsMentor(profile).map(recorded -> {
            people.save(person);
            context.publish(EventType.QUESTIONNAIRE_RECORDED, actor, "Person", person.id(), Map.of(
                    "side", "mentor", "category", recorded.category().name(),
                    "capacity", Integer.toString(recorded.capacity())));
            return recorded;
        });
    }
}
