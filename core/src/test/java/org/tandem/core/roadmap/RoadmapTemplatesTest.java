package org.tandem.core.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.core.roadmap.deadline.DeadlineParse;
import org.tandem.core.roadmap.json.RoadmapJson;
import org.tandem.core.roadmap.rules.Finding;
import org.tandem.core.roadmap.rules.RoadmapRules;
import org.tandem.core.roadmap.rules.RuleContext;

class RoadmapTemplatesTest {

    private final Roadmap template = RoadmapTemplates.targetModelCycle("Школа № 1", OrganizationLevel.ORGANIZATION, 2025);

    @Test
    void theTemplateWalksTheSevenStagesInCycleOrder() {
        assertThat(template.sections()).extracting(s -> s.stage().orElseThrow())
                .containsExactly(TargetModelStage.values());
        assertThat(template.activities()).allSatisfy(a -> {
            assertThat(a.stage()).isPresent();
            assertThat(a.responsible()).isNotEmpty();
            assertThat(a.documentType()).isNotBlank();
            assertThat(a.deadline()).get().isInstanceOf(DeadlineParse.Parsed.class);
        });
        assertThat(template.activity("5.2")).get().satisfies(a -> {
            assertThat(a.title()).contains("приказом");
            assertThat(a.responsible()).containsExactly(
                    new ResponsibleParty(ResponsibleLevel.ORGANIZATION, PartyKind.ROLE, "руководитель"));
        });
        assertThat(template.period()).get().satisfies(p -> assertThat(p.academicYearStarts()).contains(2025));
    }

    @Test
    void theTemplateNamesRolesAtTheLevelOfItsOwner() {
        assertThat(template.activities()).flatExtracting(Activity::responsible).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(PartyKind.ROLE);
            assertThat(p.level()).isEqualTo(ResponsibleLevel.ORGANIZATION);
        });
        Roadmap municipal = RoadmapTemplates.targetModelCycle("Октябрьский район", OrganizationLevel.MUNICIPALITY, 2025);
        assertThat(municipal.activity("6.1").orElseThrow().responsible()).containsExactly(
                new ResponsibleParty(ResponsibleLevel.MUNICIPAL, PartyKind.ROLE, "кураторы"),
                new ResponsibleParty(ResponsibleLevel.MUNICIPAL, PartyKind.ROLE, "наставники"));
        assertThat(RoadmapTemplates.targetModelCycle("Край", OrganizationLevel.REGION, 2025).activities())
                .flatExtracting(Activity::responsible).extracting(ResponsibleParty::level)
                .containsOnly(ResponsibleLevel.UNSPECIFIED);
    }

    @Test
    void aFreshTemplateBreaksNoRuleAtTheStartOfItsYear() {
        List<Finding> findings = RoadmapRules.builtIn().evaluate(RuleContext.of(template, LocalDate.of(2025, 9, 1)));

        assertThat(findings).isEmpty();
        assertThat(template.activitiesDueOutsidePeriod()).isEmpty();
    }

    @Test
    void unfollowedTheTemplateShowsOverdueActivitiesInOctober() {
        List<Finding> findings = RoadmapRules.builtIn().evaluate(RuleContext.of(template, LocalDate.of(2025, 10, 15)));

        assertThat(findings).filteredOn(f -> f.ruleId().equals("roadmap.activity-overdue"))
                .extracting(f -> f.subject().toString())
                .hasSize(11)
                .noneMatch(subject -> subject.contains("5.3") || subject.contains("4.2"));
    }

    @Test
    void theTemplateSurvivesAJsonRoundTrip() {
        assertThat(RoadmapJson.read(RoadmapJson.write(template))).isEqualTo(template);
    }

    @Test
    void theTemplateNeedsTheOrganizationsName() {
        assertThatThrownBy(() -> RoadmapTemplates.targetModelCycle(" ", OrganizationLevel.ORGANIZATION, 2025))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }
}
