package org.tandem.core.roadmap;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tandem.core.roadmap.deadline.RoadmapPeriod;

/**
 * A roadmap (дорожная карта) of how a municipality or an organization runs the target
 * mentoring model.
 *
 * @param organization the municipality or organization the roadmap is for, when stated
 * @param level        its level in the hierarchy, when it can be told
 * @param title        the title as written (may be empty if the document has none)
 * @param period       the dates the roadmap covers, when stated
 * @param sections     stages or sections in document order
 */
public record Roadmap(
        Optional<String> organization,
        Optional<OrganizationLevel> level,
        String title,
        Optional<RoadmapPeriod> period,
        List<RoadmapSection> sections) {

    public Roadmap {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(period, "period");
        sections = List.copyOf(sections);
    }

    /** Every activity of every section, in document order. */
    public List<Activity> activities() {
        return sections.stream().flatMap(s -> s.activities().stream()).toList();
    }

    /** The activity with the given number, if any. */
    public Optional<Activity> activity(String number) {
        return activities().stream().filter(a -> a.number().equals(number)).findFirst();
    }

    /** Activities whose deadline has at least one window outside the roadmap's period. */
    public List<Activity> activitiesDueOutsidePeriod() {
        if (period.isEmpty()) {
            return List.of();
        }
        RoadmapPeriod p = period.get();
        return activities().stream()
                .filter(a -> a.deadline().flatMap(d -> d.deadline()).stream()
                        .flatMap(d -> d.windowsOutside(p).stream()).findAny().isPresent())
                .toList();
    }

}
