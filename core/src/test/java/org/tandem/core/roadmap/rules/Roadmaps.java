package org.tandem.core.roadmap.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tandem.core.roadmap.Activity;
import org.tandem.core.roadmap.OrganizationLevel;
import org.tandem.core.roadmap.ResponsibleParty;
import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.RoadmapSection;
import org.tandem.core.roadmap.TargetModelStage;
import org.tandem.core.roadmap.deadline.DeadlineParser;
import org.tandem.core.roadmap.deadline.RoadmapPeriod;

/** Small hand-made roadmaps for rule tests: a school roadmap for 2023/24 unless told otherwise. */
final class Roadmaps {

    private Roadmaps() {
    }

    /** An activity with a parsed deadline, a responsible party and a document type; parties typed by their names. */
    static Activity activity(String number, String title, String deadline, TargetModelStage stage) {
        return activity(number, title, deadline, stage, List.of("Куратор"), "Приказ");
    }

    static Activity activity(String number, String title, String deadline, TargetModelStage stage,
                             List<String> responsible, String documentType) {
        return new Activity(number, false, title, "", deadline,
                deadline.isBlank() ? Optional.empty() : Optional.of(DeadlineParser.parse(deadline)), "", "",
                documentType, "", ResponsibleParty.named(responsible), Optional.ofNullable(stage), 0);
    }

    static Roadmap school(Activity... activities) {
        return roadmap(OrganizationLevel.ORGANIZATION, Optional.of(RoadmapPeriod.academicYear(2023)), activities);
    }

    static Roadmap municipal(Activity... activities) {
        return roadmap(OrganizationLevel.MUNICIPALITY, Optional.of(RoadmapPeriod.academicYear(2023)), activities);
    }

    /** One section per activity, numbered and staged like the activity, as importers make them. */
    static Roadmap roadmap(OrganizationLevel level, Optional<RoadmapPeriod> period, Activity... activities) {
        List<RoadmapSection> sections = Arrays.stream(activities)
                .map(a -> new RoadmapSection(a.number().split("\\.")[0], "Раздел " + a.number(), a.stage(), List.of(a)))
                .toList();
        return new Roadmap(Optional.of("Школа № 1"), Optional.of(level), "Дорожная карта", period, sections);
    }
}
