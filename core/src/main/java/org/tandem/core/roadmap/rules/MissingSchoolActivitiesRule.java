package org.tandem.core.roadmap.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tandem.core.roadmap.Activity;
import org.tandem.core.roadmap.OrganizationLevel;
import org.tandem.core.roadmap.ResponsibleLevel;
import org.tandem.core.roadmap.ResponsibleParty;
import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.TargetModelStage;

/**
 * A school's roadmap that lacks an activity its municipal roadmap requires of schools.
 *
 * <p><b>Required of schools</b>: a municipal activity with a responsible party of the organization level
 * ({@link ResponsibleLevel#ORGANIZATION}: the "ОУ" column of a two-level table, or a party whose name speaks of
 * schools in general — "Руководители образовательных организаций", "кураторы ОУ"), or an organization party
 * naming schools ("ОО", "образовательные организации"); see {@link ResponsibleParty#namesSchools}. A single named
 * school ("МБОУ «… СОШ» (по согласованию)") does not make an activity required of every school.
 *
 * <p><b>Present in the school's roadmap</b>: some school activity has a compatible stage (the same stage, or
 * either side has none) and a title alike by {@link TitleSimilarity}. Titles are compared, not contents,
 * because contents are often missing and worded at length.
 *
 * <p>Silent without a parent roadmap, and for a roadmap known to be of a municipality or region.
 */
public final class MissingSchoolActivitiesRule implements RoadmapRule {

    public static final String ID = "roadmap.school-activity-missing";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> evaluate(RuleContext context) {
        Roadmap school = context.roadmap();
        if (context.parentRoadmap().isEmpty()
                || school.level().filter(level -> level != OrganizationLevel.ORGANIZATION).isPresent()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Activity required : context.parentRoadmap().get().activities()) {
            if (!isRequiredOfSchools(required) || school.activities().stream().anyMatch(own -> covers(own, required))) {
                continue;
            }
            String deadline = required.deadlineText().isBlank() ? "" : " (срок: " + required.deadlineText().strip() + ")";
            String deadlineEn = required.deadlineText().isBlank() ? "" : " (due: " + required.deadlineText().strip() + ")";
            findings.add(Finding.warning(ID, Subject.parentActivity(required.number()),
                    "В дорожной карте нет мероприятия, которое муниципальная дорожная карта требует от образовательных "
                            + "организаций: " + required.number() + " «" + Texts.shortTitle(titleOf(required)) + "»" + deadline,
                    "The roadmap lacks an activity the municipal roadmap requires of schools: " + required.number()
                            + " \"" + Texts.shortTitle(titleOf(required)) + "\"" + deadlineEn));
        }
        return findings;
    }

    /** Whether a parent activity is required of schools: some responsible party is of, or names, schools. */
    static boolean isRequiredOfSchools(Activity activity) {
        return activity.responsible().stream().anyMatch(ResponsibleParty::namesSchools);
    }

    static boolean covers(Activity own, Activity required) {
        return compatible(own.stage(), required.stage()) && TitleSimilarity.alike(titleOf(own), titleOf(required));
    }

    private static boolean compatible(Optional<TargetModelStage> a, Optional<TargetModelStage> b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    private static String titleOf(Activity activity) {
        return activity.title().isBlank() ? activity.content() : activity.title();
    }
}
