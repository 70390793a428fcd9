package org.tandem.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.core.people.Person;
import org.tandem.core.people.Role;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;

/** The demo portal's sample data on a fresh embedded database, outside a framework. */
class SampleDataTest {

    @TempDir
    Path folder;

    @Test
    void loads_into_a_fresh_database_through_the_use_cases_and_loading_again_adds_nothing() {
        TandemStorage storage = TandemStorage.embedded(folder);
        try {
            TandemServiceImpl tandem = new TandemServiceImpl("test", null, storage);

            Map<String, Integer> added = SampleData.loadIfEmpty(tandem);

            assertThat(added).containsEntry("organizations", 5).containsEntry("staff", 7)
                    .containsEntry("mentors", 10).containsEntry("mentees", 25).containsEntry("programs", 3)
                    .containsEntry("roadmaps", 2);
            assertThat(tandem.organizations().all()).hasSize(5);
            for (OrganizationId school : new OrganizationId[] {SampleData.SCHOOL_2, SampleData.GYMNASIUM,
                    SampleData.ZARECHNAYA}) {
                assertThat(tandem.programs().ofOrganization(school)).hasSize(1);
                assertThat(tandem.people().withRole(Role.CURATOR, school)).hasSize(1);
                for (Person mentee : tandem.people().withRole(Role.MENTEE, school)) {
                    assertThat(mentee.menteeProfile()).as("questionnaire of %s", mentee.id()).isPresent();
                    assertThat(mentee.hasValidConsent(LocalDate.now())).isTrue();
                }
                for (Person mentor : tandem.people().withRole(Role.MENTOR, school)) {
                    assertThat(mentor.mentorProfile()).as("questionnaire of %s", mentor.id()).isPresent();
                }
            }
            assertThat(tandem.people().withRole(Role.MENTEE, SampleData.SCHOOL_2)).hasSize(9);
            assertThat(tandem.roadmaps().of(SampleData.MUNICIPALITY)).hasSize(1);
            assertThat(tandem.roadmaps().find(SampleData.SCHOOL_ROADMAP).orElseThrow().executions().executions()).hasSize(2);
            // the audit log recorded the enrolment, done by the school's curator
            assertThat(tandem.history("Person", "sample-s2-mentee-1")).isNotEmpty()
                    .allSatisfy(event -> assertThat(event.actor()).isEqualTo(PersonId.of("sample-s2-curator")));
            int events = tandem.latestEvents(10_000).size();
            assertThat(events).isGreaterThan(70);

            Map<String, Integer> again = SampleData.loadIfEmpty(tandem);

            assertThat(again.values()).containsOnly(0);
            assertThat(tandem.organizations().all()).hasSize(5);
            assertThat(tandem.people().withRole(Role.MENTEE, SampleData.GYMNASIUM)).hasSize(8);
            assertThat(tandem.latestEvents(10_000)).hasSize(events);
        } finally {
            storage.close();
        }
    }
}
