package org.tandem.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.tandem.portal.vendor.RoadmapPeriodStated;
import org.tandem.portal.vendor.SharedSubjectRequired;

/**
 * The curator's JSON API over HTTP in a real Felix: one school's cycle from an empty portal (the demo user is a
 * portal administrator) through questionnaire import, matching, approving, the work of a pair, a roadmap and the
 * figures, with the errors a curator meets on the way; then a host's {@code ActingUsers} replacing the demo user.
 * The tests run in order and build on each other's state.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JsonApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/tandem/api";
    private static final String SCHOOL = "school-7";
    private static final String PROGRAM = "young-teachers";
    private static final LocalDate TODAY = LocalDate.now();

    private static TandemFelix felix;
    private static final List<String> proposedMentorships = new ArrayList<>();
    private static String approvedMentorship;

    @BeforeAll
    static void startFramework() throws Exception {
        felix = TandemFelix.start("json-api-it");
        felix.awaitResponse(API + "/health", "en", r -> r.statusCode() == 200);
    }

    @AfterAll
    static void stopFramework() throws Exception {
        if (felix != null) {
            felix.close();
        }
    }

    // ---- the cycle

    @Test
    @Order(1)
    void the_demo_user_is_a_configured_administrator_not_yet_known_to_tandem() throws Exception {
        Answer me = call("GET", "/me", "ru", null);
        assertThat(me.status).isEqualTo(200);
        assertThat(me.body.path("person").asText()).isEqualTo("demo-curator");
        assertThat(me.body.path("administrator").asBoolean()).isTrue();
        assertThat(me.body.path("known").asBoolean()).isFalse();

        Answer catalog = call("GET", "/catalog", "en", null);
        assertThat(texts(catalog.body.path("forms"), "code")).contains("teacher-teacher");
        assertThat(texts(catalog.body.path("competencies"), "code")).contains("lesson-planning");
    }

    @Test
    @Order(2)
    void the_administrator_creates_the_hierarchy_and_appoints_himself_curator_and_head() throws Exception {
        assertThat(call("POST", "/organizations", "ru", json(Map.of("id", "region-1", "name", "Край",
                "type", "REGION"))).status).isEqualTo(201);
        assertThat(call("POST", "/organizations", "ru", json(Map.of("id", "mun-1", "name", "Район",
                "type", "MUNICIPALITY", "parent", "region-1"))).status).isEqualTo(201);
        Answer school = call("POST", "/organizations", "ru", json(Map.of("id", SCHOOL, "name", "МБОУ СОШ № 7",
                "type", "EDUCATIONAL", "parent", "mun-1")));
        assertThat(school.status).isEqualTo(201);
        assertThat(school.body.path("policy").path("maxMenteesPerMentor").asInt()).isEqualTo(3);

        for (String role : List.of("CURATOR", "HEAD")) {
            Answer staff = call("POST", "/organizations/" + SCHOOL + "/staff", "ru", json(Map.of(
                    "person", "demo-curator", "fullName", "Демо Куратор", "birthDate", "1980-01-01", "role", role)));
            assertThat(staff.status).as(staff.raw).isEqualTo(201);
        }
        Answer me = call("GET", "/me", "ru", null);
        assertThat(me.body.path("known").asBoolean()).isTrue();
        assertThat(texts(me.body.path("roles"), "role")).contains("CURATOR", "HEAD");

        Answer again = call("POST", "/organizations", "en", json(Map.of("id", SCHOOL, "name", "x",
                "type", "EDUCATIONAL", "parent", "mun-1")));
        assertThat(again.status).isEqualTo(409);
        assertThat(again.body.path("error").asText()).isEqualTo("conflict");
        assertThat(call("GET", "/organizations", "en", null).body.path("organizations")).hasSize(3);
    }

    @Test
    @Order(3)
    void unknown_ids_are_404_and_malformed_input_400_in_the_users_language() throws Exception {
        Answer ru = call("GET", "/organizations/nowhere", "ru-RU,ru;q=0.9", null);
        assertThat(ru.status).isEqualTo(404);
        assertThat(ru.body.path("error").asText()).isEqualTo("not-found");
        assertThat(ru.body.path("message").asText()).isEqualTo("Нет организации «nowhere».");
        Answer en = call("GET", "/mentorships/nothing", "en-US,en;q=0.8", null);
        assertThat(en.status).isEqualTo(404);
        assertThat(en.body.path("message").asText())
                .isEqualTo("There is no mentorship 'nothing' among those you may see.");

        Answer malformed = call("POST", "/organizations/" + SCHOOL + "/participants", "en",
                "{\"fullName\": \"Broken".getBytes(StandardCharsets.UTF_8));
        assertThat(malformed.status).isEqualTo(400);
        assertThat(malformed.body.path("error").asText()).isEqualTo("malformed-json");
        assertThat(malformed.body.path("message").asText()).startsWith("The request body is not JSON");

        Answer badDate = call("POST", "/organizations/" + SCHOOL + "/participants", "ru", json(Map.of(
                "fullName", "Кто-то", "birthDate", "31.02.2000", "role", "MENTEE")));
        assertThat(badDate.status).isEqualTo(400);
        assertThat(badDate.body.path("error").asText()).isEqualTo("bad-request");
        assertThat(badDate.body.path("field").asText()).isEqualTo("birthDate");
        assertThat(badDate.body.path("message").asText()).startsWith("Поле «birthDate»: не дата");

        Answer method = call("DELETE", "/organizations", "en", null);
        assertThat(method.status).isEqualTo(405);

        // a change from another site's page (a forged request riding on the curator's cookies) is refused
        byte[] organization = json(Map.of("id", "forged", "name", "x", "type", "EDUCATIONAL", "parent", "mun-1"));
        Answer forged = call("POST", "/organizations", "ru", "application/json", organization,
                Map.of("Origin", "https://evil.example"));
        assertThat(forged.status).isEqualTo(403);
        assertThat(forged.body.path("error").asText()).isEqualTo("cross-origin");
        assertThat(forged.body.path("message").asText()).startsWith("Изменения принимаются только");
        assertThat(call("POST", "/organizations", "en", "application/json", organization,
                Map.of("Sec-Fetch-Site", "cross-site")).status).isEqualTo(403);
        assertThat(call("GET", "/organizations/forged", "en", null).status).isEqualTo(404);
        Answer sameOrigin = call("POST", "/organizations", "en", "application/json", organization,
                Map.of("Origin", "http://127.0.0.1:" + felix.port(), "Sec-Fetch-Site", "same-origin"));
        assertThat(sameOrigin.status).as(sameOrigin.raw).isEqualTo(201);
        assertThat(method.headers.firstValue("Allow")).hasValueSatisfying(a -> assertThat(a).contains("GET", "POST"));
    }

    @Test
    @Order(4)
    void enrolling_without_consent_is_refused_422_with_the_reason_and_with_consent_enrolls() throws Exception {
        Map<String, Object> person = Map.of("id", "x-1", "fullName", "Без Согласия", "birthDate", "1999-01-01",
                "role", "MENTEE");
        Answer ru = call("POST", "/organizations/" + SCHOOL + "/participants", "ru", json(person));
        assertThat(ru.status).isEqualTo(422);
        assertThat(ru.body.path("error").asText()).isEqualTo("refused");
        assertThat(ru.body.path("reason").asText()).isEqualTo("NO_CONSENT");
        assertThat(ru.body.path("message").asText()).startsWith("Без согласия на обработку персональных данных");
        Answer en = call("POST", "/organizations/" + SCHOOL + "/participants", "en", json(person));
        assertThat(en.body.path("message").asText()).startsWith("Without a consent to personal-data processing");
        assertThat(call("GET", "/participants/x-1", "en", null).status).isEqualTo(404);

        ObjectNode withConsent = (ObjectNode) JSON.valueToTree(person);
        withConsent.putObject("consent").put("givenOn", "2026-09-01").put("givenBy", "SELF");
        Answer enrolled = call("POST", "/organizations/" + SCHOOL + "/participants", "en",
                JSON.writeValueAsBytes(withConsent));
        assertThat(enrolled.status).as(enrolled.raw).isEqualTo(201);
        assertThat(enrolled.body.path("consentStatus").asText()).isEqualTo("VALID");

        Answer withdrawn = call("POST", "/participants/x-1/consents/MENTORING/withdrawal", "en",
                json(Map.of("on", TODAY.toString())));
        assertThat(withdrawn.status).as(withdrawn.raw).isEqualTo(200);
        assertThat(withdrawn.body.path("consentStatus").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.body.path("erased").asBoolean()).isTrue();
        assertThat(withdrawn.body.path("fullName").asText()).isEqualTo("—");
        Answer twice = call("POST", "/participants/x-1/consents/MENTORING/withdrawal", "en", json(Map.of()));
        assertThat(twice.status).isEqualTo(422);
        assertThat(twice.body.path("reason").asText()).isEqualTo("NO_CONSENT");
    }

    @Test
    @Order(5)
    void an_import_with_row_errors_saves_nothing_and_names_line_column_and_reason() throws Exception {
        byte[] bad = resource("mentees-bad-rows.csv");
        byte[] multipart = multipart(Map.of("columns", JSON.writeValueAsBytes(MENTEE_COLUMNS)),
                "mentees.csv", bad);
        Answer ru = call("POST", "/organizations/" + SCHOOL + "/questionnaires/mentees", "ru",
                "multipart/form-data; boundary=" + BOUNDARY, multipart, Map.of());
        assertThat(ru.status).as(ru.raw).isEqualTo(422);
        assertThat(ru.body.path("error").asText()).isEqualTo("import-rejected");
        assertThat(ru.body.path("message").asText()).contains("ничего не сохранено");
        JsonNode problems = ru.body.path("problems");
        assertThat(problems.size()).isGreaterThanOrEqualTo(2);
        assertThat(problems.get(0).path("line").asInt()).isEqualTo(2);
        assertThat(problems.get(0).path("column").asText()).isNotBlank();
        assertThat(problems.get(0).path("reason").asText()).matches(".*[а-яА-Я].*");

        Answer en = call("POST", "/organizations/" + SCHOOL + "/questionnaires/mentees", "en",
                "multipart/form-data; boundary=" + BOUNDARY, multipart, Map.of());
        assertThat(en.body.path("problems").get(0).path("reason").asText()).doesNotContainPattern("[а-яА-Я]{4}");
        assertThat(participants("MENTEE")).containsExactly("x-1");
    }

    @Test
    @Order(6)
    void a_clean_file_imports_with_a_saved_mapping_as_the_raw_body() throws Exception {
        Answer saved = call("PUT", "/organizations/" + SCHOOL + "/column-mappings/mentee-form", "en",
                json(Map.of("columns", MENTEE_COLUMNS)));
        assertThat(saved.status).as(saved.raw).isEqualTo(200);
        Answer mentees = call("POST", "/organizations/" + SCHOOL
                        + "/questionnaires/mentees?mapping=mentee-form&filename=mentees.csv", "en", "text/csv",
                resource("mentees-utf8-bom-semicolon.csv"), Map.of());
        assertThat(mentees.status).as(mentees.raw).isEqualTo(200);
        assertThat(mentees.body.path("created").asInt()).isEqualTo(3);

        Answer again = call("POST", "/organizations/" + SCHOOL
                        + "/questionnaires/mentees?mapping=mentee-form&filename=mentees.csv", "en", "text/csv",
                resource("mentees-utf8-bom-semicolon.csv"), Map.of());
        assertThat(again.body.path("unchanged").asInt()).isEqualTo(3);

        Answer mentors = call("POST", "/organizations/" + SCHOOL + "/questionnaires/mentors", "en",
                "multipart/form-data; boundary=" + BOUNDARY, multipart(Map.of("columns",
                        JSON.writeValueAsBytes(MENTOR_COLUMNS)), "mentors.csv", resource("mentors-cp1251-comma.csv")),
                Map.of());
        assertThat(mentors.status).as(mentors.raw).isEqualTo(200);
        assertThat(mentors.body.path("created").asInt()).isEqualTo(2);

        assertThat(participants("MENTEE")).contains("t-101", "t-102", "p-201");
        assertThat(participants("MENTOR")).containsExactly("m-1", "m-2");

        // the same answers as an XLSX workbook (dates of birth as date cells): read inside the framework by the
        // POI the plug-in embeds, they are the same people, so nothing changes
        Answer workbook = call("POST", "/organizations/" + SCHOOL
                        + "/questionnaires/mentees?mapping=mentee-form&filename=mentees.xlsx", "en",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(resource("mentees-utf8-bom-semicolon.csv")), Map.of());
        assertThat(workbook.status).as(workbook.raw).isEqualTo(200);
        assertThat(workbook.body.path("unchanged").asInt()).isEqualTo(3);
        assertThat(workbook.body.path("created").asInt()).isZero();

        Answer broken = call("POST", "/organizations/" + SCHOOL
                        + "/questionnaires/mentees?mapping=mentee-form&filename=mentees.xlsx", "ru",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "PK\u0003\u0004 not a workbook".getBytes(StandardCharsets.ISO_8859_1), Map.of());
        assertThat(broken.status).as(broken.raw).isEqualTo(422);
        assertThat(broken.body.path("problems").get(0).path("reason").asText()).contains("XLSX");
        Answer mentee = call("GET", "/participants/t-101", "en", null);
        assertThat(texts(mentee.body.path("mentee").path("deficits"), null)).contains("lesson-planning");
    }

    @Test
    @Order(7)
    void a_matching_preview_explains_each_pair_and_each_unmatched_mentee_and_saves_nothing() throws Exception {
        Answer program = call("POST", "/organizations/" + SCHOOL + "/programs", "ru", json(Map.of("id", PROGRAM,
                "title", "Молодой учитель", "form", "teacher-teacher", "kinds", List.of("INDIVIDUAL"),
                "start", "2026-09-01", "end", "2027-06-30", "curator", "demo-curator")));
        assertThat(program.status).as(program.raw).isEqualTo(201);

        Answer preview = call("POST", "/programs/" + PROGRAM + "/matching", "ru", json(Map.of("strategy", "optimal")));
        assertThat(preview.status).as(preview.raw).isEqualTo(200);
        assertThat(preview.body.path("proposed").asBoolean()).isFalse();
        JsonNode pairs = preview.body.path("pairs");
        assertThat(pairs.size()).isEqualTo(2);
        assertThat(pairs.get(0).path("explanation").asText()).startsWith("совместимость");
        assertThat(pairs.get(0).path("contributions").size()).isGreaterThan(0);
        JsonNode unmatched = preview.body.path("unmatched");
        assertThat(unmatched.get(0).path("mentee").path("id").asText()).isEqualTo("p-201");
        assertThat(unmatched.get(0).path("reason").asText()).isEqualTo("NO_ALLOWED_MENTOR");
        assertThat(unmatched.get(0).path("blocked").get(0).path("blocker").asText()).isEqualTo("FORM_MISMATCH");
        assertThat(call("GET", "/programs/" + PROGRAM + "/mentorships", "en", null).body.path("mentorships"))
                .isEmpty();

        Answer english = call("POST", "/programs/" + PROGRAM + "/matching", "en", json(Map.of()));
        assertThat(english.body.path("pairs").get(0).path("explanation").asText()).startsWith("score");

        Answer unknownStrategy = call("POST", "/programs/" + PROGRAM + "/matching", "en",
                json(Map.of("strategy", "nope")));
        assertThat(unknownStrategy.status).isEqualTo(400);
    }

    @Test
    @Order(8)
    void a_vendor_bundle_installed_at_run_time_changes_the_matching_until_it_is_uninstalled() throws Exception {
        Path jar = VendorBundle.build(Path.of(System.getProperty("tandem.it.storage"), "vendor"));
        Bundle vendor = felix.framework().getBundleContext().installBundle(jar.toUri().toString());
        try {
            vendor.start();
            Answer rules = awaitCall("/hard-rules", r -> texts(r.body.path("hardRules"), "id")
                    .contains(SharedSubjectRequired.ID));
            assertThat(rules.body.path("hardRules").get(0).path("bundle").asText()).isEqualTo(VendorBundle.SYMBOLIC_NAME);
            assertThat(texts(call("GET", "/roadmap-rules", "en", null).body.path("roadmapRules"), "id"))
                    .contains("roadmap.activity-overdue", RoadmapPeriodStated.ID).endsWith(RoadmapPeriodStated.ID);

            // t-102 teaches Russian and literature: no mentor shares a subject, so the vendor's rule blocks both
            Answer preview = call("POST", "/programs/" + PROGRAM + "/matching", "en", json(Map.of()));
            assertThat(preview.status).as(preview.raw).isEqualTo(200);
            assertThat(preview.body.path("pairs")).hasSize(1);
            assertThat(preview.body.path("pairs").get(0).path("mentee").path("id").asText()).isEqualTo("t-101");
            JsonNode t102 = unmatchedMentee(preview.body, "t-102");
            assertThat(texts(t102.path("blocked"), "blocker")).containsOnly("VENDOR_RULE");
            assertThat(t102.path("blocked").get(0).path("rule").asText()).isEqualTo(SharedSubjectRequired.ID);
        } finally {
            vendor.uninstall();
        }
        awaitCall("/hard-rules", r -> r.body.path("hardRules").isEmpty());
        assertThat(call("POST", "/programs/" + PROGRAM + "/matching", "en", json(Map.of())).body.path("pairs"))
                .hasSize(2);
    }

    @Test
    @Order(9)
    void proposing_swapping_approving_and_rejecting_pairs() throws Exception {
        // exclusions steer each mentee to another mentor, so that there are two pairs to swap
        Answer proposed = call("POST", "/programs/" + PROGRAM + "/matching", "en", json(Map.of("propose", true,
                "excluded", List.of(Map.of("mentor", "m-1", "mentee", "t-102"),
                        Map.of("mentor", "m-2", "mentee", "t-101")))));
        assertThat(proposed.status).as(proposed.raw).isEqualTo(200);
        JsonNode mentorships = proposed.body.path("mentorships");
        assertThat(mentorships.size()).isEqualTo(2);
        Map<String, String> mentorOf = new java.util.HashMap<>();
        for (JsonNode m : mentorships) {
            assertThat(m.path("status").asText()).isEqualTo("PROPOSED");
            mentorOf.put(m.path("mentees").get(0).path("id").asText(), m.path("mentor").path("id").asText());
        }

        Answer swapped = call("POST", "/mentorships/swap", "en", json(Map.of(
                "first", mentorships.get(0).path("id").asText(), "second", mentorships.get(1).path("id").asText())));
        assertThat(swapped.status).as(swapped.raw).isEqualTo(200);
        assertThat(swapped.body.path("rejected").get(0).path("status").asText()).isEqualTo("REJECTED");
        for (JsonNode m : swapped.body.path("proposed")) {
            String mentee = m.path("mentees").get(0).path("id").asText();
            assertThat(m.path("mentor").path("id").asText()).isNotEqualTo(mentorOf.get(mentee));
            proposedMentorships.add(m.path("id").asText());
        }

        approvedMentorship = proposedMentorships.get(0);
        Answer approved = call("POST", "/mentorships/" + approvedMentorship + "/approval", "en",
                json(Map.of("orderNumber", "12-о", "orderDate", TODAY.toString())));
        assertThat(approved.status).as(approved.raw).isEqualTo(200);
        assertThat(approved.body.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.body.path("order").path("number").asText()).isEqualTo("12-о");

        Answer twice = call("POST", "/mentorships/" + approvedMentorship + "/approval", "ru",
                json(Map.of("orderNumber", "13-о")));
        assertThat(twice.status).isEqualTo(422);
        assertThat(twice.body.path("reason").asText()).isEqualTo("WRONG_STATE");
        assertThat(twice.body.path("message").asText()).startsWith("Нельзя утвердить");

        // the other proposal still waits: its mentee is out of the base, so her rejected pair from the swap is no
        // exclusion to apply, and the run goes on (it used to fail naming her as outside the mentee base)
        Answer whilePending = call("POST", "/programs/" + PROGRAM + "/matching", "en", json(Map.of()));
        assertThat(whilePending.status).as(whilePending.raw).isEqualTo(200);

        String rejected = proposedMentorships.get(1);
        Answer rejection = call("POST", "/mentorships/" + rejected + "/rejection", "en", json(Map.of()));
        assertThat(rejection.body.path("status").asText()).isEqualTo("REJECTED");

        // the rejected pairs are not proposed again
        Answer preview = call("POST", "/programs/" + PROGRAM + "/matching", "en", json(Map.of()));
        assertThat(preview.status).as(preview.raw).isEqualTo(200);
        String rejectedMentor = rejection.body.path("mentor").path("id").asText();
        String rejectedMentee = rejection.body.path("mentees").get(0).path("id").asText();
        for (JsonNode pair : preview.body.path("pairs")) {
            assertThat(pair.path("mentor").path("id").asText() + "/" + pair.path("mentee").path("id").asText())
                    .isNotEqualTo(rejectedMentor + "/" + rejectedMentee);
        }
    }

    @Test
    @Order(10)
    void the_work_of_a_pair_meetings_personalized_program_and_feedback() throws Exception {
        String path = "/mentorships/" + approvedMentorship;
        Answer meeting = call("POST", path + "/meetings", "en", json(Map.of("type", "FIRST_ORGANIZATIONAL",
                "summary", "Знакомство")));
        assertThat(meeting.status).as(meeting.raw).isEqualTo(201);
        assertThat(meeting.body.path("status").asText()).isEqualTo("ACTIVE");

        Answer mentorship = call("GET", path, "en", null);
        String mentee = mentorship.body.path("mentees").get(0).path("id").asText();
        Answer drafted = call("POST", path + "/personalized-program", "en", json(Map.of(
                "start", TODAY.toString(), "end", TODAY.plusMonths(6).toString(),
                "tasks", List.of(Map.of("title", "Посетить уроки наставника", "deadline",
                        TODAY.plusMonths(1).toString(), "responsible", mentee),
                        Map.of("title", "Провести открытый урок", "deadline", TODAY.plusMonths(3).toString(),
                                "responsible", mentee)),
                "expectedResults", List.of("уверенное планирование уроков"))));
        assertThat(drafted.status).as(drafted.raw).isEqualTo(201);
        JsonNode program = drafted.body.path("personalizedProgram");
        assertThat(program.path("goals").size()).isGreaterThan(0);
        assertThat(program.path("tasks").size()).isEqualTo(2);

        Answer done = call("POST", path + "/personalized-program/tasks/1/done", "en", json(Map.of()));
        assertThat(done.status).as(done.raw).isEqualTo(200);
        assertThat(done.body.path("personalizedProgram").path("progress").asDouble()).isEqualTo(0.5);

        Answer feedback = call("POST", path + "/feedback", "en", json(Map.of("role", "CURATOR",
                "stage", "INTERMEDIATE", "ratings", Map.of("usefulness", 5, "organization", 4))));
        assertThat(feedback.status).as(feedback.raw).isEqualTo(201);
        assertThat(feedback.body.path("feedback").get(0).path("average").asDouble()).isEqualTo(4.5);

        Answer badRating = call("POST", path + "/feedback", "en", json(Map.of("role", "CURATOR",
                "stage", "INTERMEDIATE", "ratings", Map.of("usefulness", 9))));
        assertThat(badRating.status).isEqualTo(400);
        assertThat(badRating.body.path("error").asText()).isEqualTo("invalid");
    }

    @Test
    @Order(11)
    void figures_for_charts_load_coverage_and_progress() throws Exception {
        Answer figures = call("GET", "/organizations/" + SCHOOL + "/figures", "en", null);
        assertThat(figures.status).as(figures.raw).isEqualTo(200);
        assertThat(figures.body.path("mentorLoad").size()).isEqualTo(2);
        int held = 0;
        for (JsonNode load : figures.body.path("mentorLoad")) {
            held += load.path("mentees").asInt();
            assertThat(load.path("capacity").isNull()).isFalse();
        }
        assertThat(held).isEqualTo(1);
        JsonNode coverage = figures.body.path("coverage");
        assertThat(coverage.path("mentees").asInt()).isEqualTo(3); // x-1 was erased
        assertThat(coverage.path("matched").asInt()).isEqualTo(1);
        assertThat(figures.body.path("progress").get(0).path("progress").asDouble()).isEqualTo(0.5);
    }

    @Test
    @Order(12)
    void a_roadmap_imports_from_a_table_and_shows_overdue_upcoming_and_findings() throws Exception {
        Answer imported = call("POST", "/organizations/" + SCHOOL + "/roadmaps?id=rm-2026", "ru",
                "text/tab-separated-values; charset=UTF-8", resource("roadmap-2026.tsv"), Map.of());
        assertThat(imported.status).as(imported.raw).isEqualTo(201);
        assertThat(imported.body.path("roadmap").path("activities").asInt()).isEqualTo(4);
        assertThat(texts(imported.body.path("importFindings"), "kind")).contains("UNPARSED_DEADLINE");

        Answer roadmap = call("GET", "/roadmaps/rm-2026?on=2026-11-23&days=30", "ru", null);
        assertThat(roadmap.status).as(roadmap.raw).isEqualTo(200);
        assertThat(texts(roadmap.body.path("overdue"), "activity")).contains("1.1");
        assertThat(texts(roadmap.body.path("upcoming"), "activity")).contains("1.2");
        assertThat(roadmap.body.path("findings").size()).isGreaterThan(0);
        assertThat(roadmap.body.path("sections").get(0).path("activities").get(0).path("windows").get(0)
                .path("from").asText()).isEqualTo("2026-09-01");

        Answer executed = call("POST", "/roadmaps/rm-2026/executions", "ru", json(Map.of("activity", "1.1",
                "doneOn", "2026-09-10", "documentNumber", "15-о", "documentDate", "2026-09-10")));
        assertThat(executed.status).as(executed.raw).isEqualTo(201);
        Answer after = call("GET", "/roadmaps/rm-2026?on=2026-11-23", "ru", null);
        assertThat(texts(after.body.path("overdue"), "activity")).doesNotContain("1.1");
        assertThat(call("GET", "/organizations/" + SCHOOL + "/roadmaps", "ru", null).body.path("roadmaps")
                .get(0).path("executions").asInt()).isEqualTo(1);

        Answer unknown = call("POST", "/roadmaps/rm-2026/executions", "en", json(Map.of("activity", "9.9",
                "doneOn", "2026-09-10", "documentNumber", "1")));
        assertThat(unknown.status).isEqualTo(404);

        Answer empty = call("POST", "/organizations/" + SCHOOL + "/roadmaps", "en", "text/plain",
                "просто текст без таблицы\n".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(empty.status).isEqualTo(422);
        assertThat(empty.body.path("error").asText()).isEqualTo("roadmap-unreadable");

        Answer json = call("GET", "/roadmaps/rm-2026/json", "en", null);
        assertThat(json.body.path("format").asText()).isEqualTo("tandem-roadmap");
        Answer copy = call("POST", "/organizations/" + SCHOOL + "/roadmaps?id=rm-copy", "en", "application/json",
                json.raw.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(copy.status).as(copy.raw).isEqualTo(201);
        assertThat(copy.body.path("roadmap").path("activities").asInt()).isEqualTo(4);

        Answer deleted = call("DELETE", "/roadmaps/rm-copy", "en", null);
        assertThat(deleted.status).as(deleted.raw).isEqualTo(200);
        assertThat(deleted.body.path("deleted").path("id").asText()).isEqualTo("rm-copy");
        assertThat(call("GET", "/roadmaps/rm-copy", "en", null).status).isEqualTo(404);
        assertThat(call("DELETE", "/roadmaps/rm-copy", "en", null).status).isEqualTo(404);
        assertThat(texts(call("GET", "/organizations/" + SCHOOL + "/roadmaps", "en", null).body.path("roadmaps"),
                "id")).containsExactly("rm-2026");
    }

    @Test
    @Order(12)
    void the_head_changes_the_policy_and_a_pair_is_assessed_and_terminated() throws Exception {
        Map<String, Object> policy = new java.util.LinkedHashMap<>(Map.of("youngTeacherMaxAge", 35,
                "youngTeacherMaxTeachingYears", 3, "minMentorExperienceYears", 5, "maxMenteesPerMentor", 2,
                "minProgramMonths", 3, "maxProgramMonths", 12, "daysToFirstMeeting", 14,
                "daysToPersonalizedProgram", 30, "mentorTrainingRequired", false));
        Answer changed = call("PUT", "/organizations/" + SCHOOL + "/policy", "en", json(policy));
        assertThat(changed.status).as(changed.raw).isEqualTo(200);
        assertThat(changed.body.path("policy").path("maxMenteesPerMentor").asInt()).isEqualTo(2);
        policy.put("maxMenteesPerMentor", 0);
        assertThat(call("PUT", "/organizations/" + SCHOOL + "/policy", "en", json(policy)).status).isEqualTo(400);
        Answer brokenRule = call("PUT", "/organizations/" + SCHOOL + "/policy", "ru", json(policy));
        assertThat(brokenRule.status).isEqualTo(400);
        assertThat(brokenRule.body.path("error").asText()).isEqualTo("bad-request");
        assertThat(brokenRule.body.path("message").asText())
                .isEqualTo("Предел числа наставляемых у одного наставника должен быть больше нуля: указано 0.");

        String path = "/mentorships/" + approvedMentorship;
        Answer assessed = call("POST", path + "/personalized-program/goals/1/assessment", "en",
                json(Map.of("assessment", "PARTLY_ACHIEVED")));
        assertThat(assessed.status).as(assessed.raw).isEqualTo(200);
        assertThat(assessed.body.path("personalizedProgram").path("goals").get(0).path("assessment").asText())
                .isEqualTo("PARTLY_ACHIEVED");
        Answer terminated = call("POST", path + "/termination", "en", json(Map.of("reason", "переезд наставляемого")));
        assertThat(terminated.status).as(terminated.raw).isEqualTo(200);
        assertThat(terminated.body.path("status").asText()).isEqualTo("TERMINATED");
        assertThat(terminated.body.path("endReason").asText()).isEqualTo("переезд наставляемого");
    }

    @Test
    @Order(13)
    void a_mentee_is_reassigned_to_another_mentor_by_order_and_the_old_pair_keeps_her_history() throws Exception {
        JsonNode ended = call("GET", "/mentorships/" + approvedMentorship, "en", null).body;
        String mentee = ended.path("mentees").get(0).path("id").asText();
        String mentor = ended.path("mentor").path("id").asText();
        String other = mentor.equals("m-1") ? "m-2" : "m-1";
        Answer proposed = call("POST", "/programs/" + PROGRAM + "/mentorships", "en",
                json(Map.of("id", "pair-before", "mentor", mentor, "mentees", List.of(mentee))));
        assertThat(proposed.status).as(proposed.raw).isEqualTo(201);
        assertThat(call("POST", "/mentorships/pair-before/approval", "en",
                json(Map.of("orderNumber", "20-о"))).status).isEqualTo(200);

        Answer missing = call("POST", "/mentorships/pair-before/reassignment", "ru",
                json(Map.of("mentee", mentee, "newMentor", other, "orderNumber", "21-о")));
        assertThat(missing.status).as(missing.raw).isEqualTo(400);
        Answer stranger = call("POST", "/mentorships/pair-before/reassignment", "en", json(Map.of(
                "mentee", "someone-else", "newMentor", other, "reason", "x", "orderNumber", "21-о")));
        assertThat(stranger.status).as(stranger.raw).isEqualTo(400);
        assertThat(stranger.body.path("field").asText()).isEqualTo("mentee");
        Answer sameMentor = call("POST", "/mentorships/pair-before/reassignment", "en", json(Map.of(
                "mentee", mentee, "newMentor", mentor, "reason", "x", "orderNumber", "21-о")));
        assertThat(sameMentor.status).as(sameMentor.raw).isEqualTo(422);
        assertThat(sameMentor.body.path("reason").asText()).isEqualTo("WRONG_STATE");

        Answer moved = call("POST", "/mentorships/pair-before/reassignment", "ru", json(Map.of("id", "pair-after",
                "mentee", mentee, "newMentor", other, "reason", "смена профиля", "orderNumber", "21-о",
                "orderDate", TODAY.toString())));
        assertThat(moved.status).as(moved.raw).isEqualTo(201);
        assertThat(moved.body.path("id").asText()).isEqualTo("pair-after");
        assertThat(moved.body.path("status").asText()).isEqualTo("APPROVED");
        assertThat(moved.body.path("mentor").path("id").asText()).isEqualTo(other);
        assertThat(texts(moved.body.path("mentees"), "id")).containsExactly(mentee);
        assertThat(moved.body.path("reassignedFrom").asText()).isEqualTo("pair-before");
        assertThat(moved.body.path("order").path("number").asText()).isEqualTo("21-о");

        JsonNode before = call("GET", "/mentorships/pair-before", "en", null).body;
        // her only mentee gone, the old pair ends with the reason; it shows who was in it on its last day
        assertThat(before.path("status").asText()).isEqualTo("TERMINATED");
        assertThat(before.path("endReason").asText()).isEqualTo("смена профиля");
        assertThat(before.path("memberships").get(0).path("mentee").asText()).isEqualTo(mentee);
        assertThat(before.path("memberships").get(0).path("leftBecause").asText()).isEqualTo("смена профиля");
        Answer again = call("POST", "/mentorships/pair-before/reassignment", "en", json(Map.of(
                "mentee", mentee, "newMentor", mentor, "reason", "назад", "orderNumber", "22-о")));
        assertThat(again.status).as(again.raw).isEqualTo(422);
        Answer taken = call("POST", "/mentorships/pair-after/reassignment", "en", json(Map.of("id", "pair-before",
                "mentee", mentee, "newMentor", mentor, "reason", "назад", "orderNumber", "22-о")));
        assertThat(taken.status).as(taken.raw).isEqualTo(409);
    }

    @Test
    @Order(14)
    void a_network_agreement_with_a_partner_school_is_recorded_listed_extended_and_its_number_kept() throws Exception {
        assertThat(call("POST", "/organizations", "ru", json(Map.of("id", "school-8", "name", "МБОУ СОШ № 8",
                "type", "EDUCATIONAL", "parent", "mun-1"))).status).isEqualTo(201);
        Map<String, Object> agreement = new java.util.LinkedHashMap<>(Map.of("number", "СН-1", "partner", "school-8",
                "from", TODAY.minusMonths(1).toString(), "to", TODAY.plusYears(1).toString()));
        Answer concluded = call("POST", "/organizations/" + SCHOOL + "/agreements", "ru", json(agreement));
        assertThat(concluded.status).as(concluded.raw).isEqualTo(201);
        assertThat(concluded.body.path("partner").asText()).isEqualTo("school-8");
        assertThat(concluded.body.path("validToday").asBoolean()).isTrue();

        JsonNode fromPartner = call("GET", "/organizations/school-8/agreements", "en", null).body.path("agreements");
        assertThat(texts(fromPartner, "partner")).containsExactly(SCHOOL);

        agreement.put("to", TODAY.plusYears(3).toString());
        Answer extended = call("POST", "/organizations/" + SCHOOL + "/agreements", "en", json(agreement));
        assertThat(extended.status).as(extended.raw).isEqualTo(200);
        assertThat(texts(call("GET", "/organizations/" + SCHOOL + "/agreements", "en", null).body
                .path("agreements"), "to")).containsExactly(TODAY.plusYears(3).toString());

        agreement.put("partner", "mun-1");
        Answer reused = call("POST", "/organizations/" + SCHOOL + "/agreements", "ru", json(agreement));
        assertThat(reused.status).as(reused.raw).isEqualTo(422);
        assertThat(reused.body.path("message").asText()).contains("СН-1", "school-8");
        agreement.put("partner", SCHOOL);
        assertThat(call("POST", "/organizations/" + SCHOOL + "/agreements", "en", json(agreement)).status)
                .isEqualTo(400);
        agreement.put("partner", "nowhere");
        assertThat(call("POST", "/organizations/" + SCHOOL + "/agreements", "en", json(agreement)).status)
                .isEqualTo(404);
        agreement.put("partner", "school-8");
        agreement.put("to", TODAY.minusYears(1).toString());
        assertThat(call("POST", "/organizations/" + SCHOOL + "/agreements", "en", json(agreement)).status)
                .isEqualTo(400);
    }

    // ---- the host's acting users

    @Test
    @Order(20)
    void a_host_acting_users_service_with_a_higher_ranking_replaces_the_demo_and_the_policy_denies_a_stranger()
            throws Exception {
        String mentee = call("GET", "/mentorships/" + approvedMentorship, "en", null).body
                .path("mentees").get(0).path("id").asText();
        Bundle portal = felix.bundle("org.tandem.portal");
        Class<?> actingUsers = portal.loadClass("org.tandem.portal.spi.ActingUsers");
        Class<?> actingUser = portal.loadClass("org.tandem.portal.spi.ActingUser");
        Class<?> personId = felix.bundle("org.tandem.core").loadClass("org.tandem.core.shared.PersonId");
        Class<?> request = portal.loadClass("jakarta.servlet.http.HttpServletRequest");
        Object host = Proxy.newProxyInstance(actingUsers.getClassLoader(), new Class<?>[] {actingUsers},
                (proxy, method, args) -> switch (method.getName()) {
                    case "actingUser" -> {
                        String header = (String) request.getMethod("getHeader", String.class)
                                .invoke(args[0], "X-Test-User");
                        yield header == null ? Optional.empty() : Optional.of(actingUser
                                .getConstructor(personId, String.class, boolean.class)
                                .newInstance(personId.getMethod("of", String.class).invoke(null, header), header,
                                        false));
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "test host acting users";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, 100);
        ServiceRegistration<?> registration = portal.getBundleContext()
                .registerService(actingUsers.getName(), host, properties);
        try {
            Map<String, String> stranger = Map.of("X-Test-User", "stranger");
            felix.awaitResponse(API + "/me", "en", stranger, r -> r.body().contains("\"person\":\"stranger\""));

            Answer ru = call("GET", "/organizations/" + SCHOOL + "/participants", "ru", null, null, stranger);
            assertThat(ru.status).isEqualTo(403);
            assertThat(ru.body.path("error").asText()).isEqualTo("forbidden");
            assertThat(ru.body.path("reason").asText()).isEqualTo("NOT_ALLOWED");
            assertThat(ru.body.path("message").asText()).startsWith("Действие не разрешено");
            Answer en = call("GET", "/organizations/" + SCHOOL + "/figures", "en", null, null, stranger);
            assertThat(en.status).isEqualTo(403);
            assertThat(en.body.path("message").asText()).startsWith("Not allowed");

            // a pair or a person he may not see answers as if it did not exist: ids cannot be probed
            Answer hidden = call("POST", "/mentorships/" + approvedMentorship + "/meetings", "en",
                    "application/json", json(Map.of("type", "REGULAR")), stranger);
            Answer unknown = call("POST", "/mentorships/no-such-pair/meetings", "en",
                    "application/json", json(Map.of("type", "REGULAR")), stranger);
            assertThat(hidden.status).isEqualTo(404);
            assertThat(unknown.status).isEqualTo(404);
            assertThat(hidden.body.path("message").asText()).isEqualTo(
                    "There is no mentorship '" + approvedMentorship + "' among those you may see.");
            assertThat(call("GET", "/participants/" + mentee, "en", null, null, stranger).status).isEqualTo(404);
            assertThat(call("GET", "/participants/nobody-at-all", "en", null, null, stranger).status).isEqualTo(404);

            // a mentee of the pair may read it, but not the organization's figures
            Map<String, String> asMentee = Map.of("X-Test-User", mentee);
            assertThat(call("GET", "/mentorships/" + approvedMentorship, "en", null, null, asMentee).status)
                    .isEqualTo(200);
            assertThat(call("GET", "/organizations/" + SCHOOL + "/figures", "en", null, null, asMentee).status)
                    .isEqualTo(403);

            Answer anonymous = call("GET", "/me", "en", null, null, Map.of());
            assertThat(anonymous.status).isEqualTo(401);
            assertThat(anonymous.body.path("error").asText()).isEqualTo("unauthenticated");
        } finally {
            registration.unregister();
        }
        felix.awaitResponse(API + "/me", "en", r -> r.body().contains("\"person\":\"demo-curator\""));
    }

    // ---- helpers

    @Test
    @Order(30)
    void without_a_host_service_or_a_configured_demo_user_nobody_acts_and_every_request_is_401() throws Exception {
        felix.removeDemoUser();
        try {
            HttpResponse<String> denied = felix.awaitResponse(API + "/organizations", "en", r -> r.statusCode() == 401);
            assertThat(JSON.readTree(denied.body()).path("error").asText()).isEqualTo("unauthenticated");
        } finally {
            felix.actAsDemoAdministrator();
        }
    }

    private static final Map<String, String> MENTEE_COLUMNS = Map.ofEntries(
            Map.entry("PERSON_ID", "Код участника"), Map.entry("FULL_NAME", "ФИО"),
            Map.entry("BIRTH_DATE", "Дата рождения"), Map.entry("CATEGORY", "Категория"),
            Map.entry("SUBJECTS", "Предметы"), Map.entry("COMPETENCIES", "Профессиональные дефициты"),
            Map.entry("PREFERRED_FORMAT", "Формат встреч"), Map.entry("AVAILABLE_DAYS", "Удобные дни"),
            Map.entry("CAREER_START", "Начало педагогической деятельности"),
            Map.entry("CONSENT_GIVEN_ON", "Дата согласия"), Map.entry("CONSENT_GIVEN_BY", "Согласие дал"),
            Map.entry("REPRESENTATIVE", "Представитель"), Map.entry("REQUESTS", "Запросы"),
            Map.entry("OBSERVATIONS", "Наблюдения"));
    private static final Map<String, String> MENTOR_COLUMNS = Map.ofEntries(
            Map.entry("PERSON_ID", "ID"), Map.entry("FULL_NAME", "ФИО"), Map.entry("BIRTH_DATE", "Дата рождения"),
            Map.entry("CATEGORY", "Категория наставника"), Map.entry("COMPETENCIES", "Компетенции"),
            Map.entry("SUBJECTS", "Предметы"), Map.entry("CAREER_START", "Стаж с"),
            Map.entry("CAPACITY", "Сколько наставляемых"), Map.entry("TRAINING", "Школа наставников"),
            Map.entry("WILLING_ELSEWHERE", "Готов в другой школе"), Map.entry("PREFERRED_FORMAT", "Формат"),
            Map.entry("AVAILABLE_DAYS", "Дни"), Map.entry("CONSENT_GIVEN_ON", "Согласие от"),
            Map.entry("ACHIEVEMENTS", "Достижения"));
    private static final String BOUNDARY = "----tandem-it-boundary";

    private record Answer(int status, JsonNode body, String raw, java.net.http.HttpHeaders headers) {
    }

    private static Answer call(String method, String path, String language, byte[] json) throws Exception {
        return call(method, path, language, json == null ? null : "application/json", json, Map.of());
    }

    private static Answer call(String method, String path, String language, String type, byte[] body,
                               Map<String, String> headers) throws Exception {
        HttpResponse<String> response = felix.send(method, API + path, language, type, body, headers);
        JsonNode json = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        return new Answer(response.statusCode(), json, response.body(), response.headers());
    }

    /** Repeats a GET of the API until {@code ready} holds, for plug-ins that come and go asynchronously. */
    private static Answer awaitCall(String path, java.util.function.Predicate<Answer> ready) throws Exception {
        HttpResponse<String> response = felix.awaitResponse(API + path, "en", r -> {
            try {
                return r.statusCode() == 200 && ready.test(new Answer(200, JSON.readTree(r.body()), r.body(), r.headers()));
            } catch (java.io.IOException e) {
                return false;
            }
        });
        return new Answer(response.statusCode(), JSON.readTree(response.body()), response.body(), response.headers());
    }

    private static JsonNode unmatchedMentee(JsonNode result, String mentee) {
        for (JsonNode item : result.path("unmatched")) {
            if (item.path("mentee").path("id").asText().equals(mentee)) {
                return item;
            }
        }
        throw new AssertionError("mentee " + mentee + " is not among the unmatched: " + result.path("unmatched"));
    }

    private static byte[] json(Object value) throws Exception {
        return JSON.writeValueAsBytes(value);
    }

    private static List<String> participants(String role) throws Exception {
        Answer answer = call("GET", "/organizations/" + SCHOOL + "/participants?role=" + role, "en", null);
        assertThat(answer.status).as(answer.raw).isEqualTo(200);
        return texts(answer.body.path("participants"), "id");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> result = new ArrayList<>();
        for (JsonNode item : array) {
            result.add(field == null ? item.asText() : item.path(field).asText());
        }
        return result;
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = JsonApiIT.class.getResourceAsStream("/it/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    /**
     * The rows of a semicolon-separated CSV (with a BOM) as the first sheet of an XLSX workbook, as a form service
     * exports it: text cells, and dates of birth (column 3, dd.MM.yyyy) as date cells.
     */
    private static byte[] xlsx(byte[] csv) throws Exception {
        String text = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             org.apache.commons.csv.CSVParser rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                     .setDelimiter(';').get().parse(new java.io.StringReader(text));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("Ответы");
            org.apache.poi.ss.usermodel.CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            java.time.format.DateTimeFormatter ru = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
            int line = 0;
            for (org.apache.commons.csv.CSVRecord record : rows) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(line);
                for (int i = 0; i < record.size(); i++) {
                    String value = record.get(i);
                    org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
                    if (line > 0 && i == 2 && value.matches("\\d{2}\\.\\d{2}\\.\\d{4}")) {
                        cell.setCellValue(LocalDate.parse(value, ru));
                        cell.setCellStyle(dateStyle);
                    } else {
                        cell.setCellValue(value);
                    }
                }
                line++;
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** A multipart/form-data body: the text parts, then the file part {@code file}. */
    private static byte[] multipart(Map<String, byte[]> parts, String fileName, byte[] file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part.getKey()
                    + "\"\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(part.getValue());
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(file);
        out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
