package org.tandem.portal.internal.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.tandem.core.access.Action;
import org.tandem.core.people.Consent;
import org.tandem.core.people.ConsentGiver;
import org.tandem.core.people.ConsentPurpose;
import org.tandem.core.people.MeetingFormat;
import org.tandem.core.people.MenteeCategory;
import org.tandem.core.people.MentorCategory;
import org.tandem.core.people.Person;
import org.tandem.core.people.Role;
import org.tandem.core.people.application.EnrollingParticipant;
import org.tandem.core.people.application.GivingConsent;
import org.tandem.core.people.application.RecordingMenteeQuestionnaire;
import org.tandem.core.people.application.RecordingMentorQuestionnaire;
import org.tandem.core.people.application.WithdrawingConsent;
import org.tandem.core.organization.Organization;
import org.tandem.core.shared.PersonId;

/** The mentor and mentee bases: {@code /organizations/{org}/participants} and {@code /participants/{person}}. */
final class ParticipantResource implements Resource {

    private final Api api;

    ParticipantResource(Api api) {
        this.api = api;
    }

    @Override
    public void routes(Router router) {
        router.get("/organizations/{org}/participants", this::list)
                .post("/organizations/{org}/participants", this::enroll)
                .get("/participants/{person}", this::one)
                .post("/participants/{person}/consents", this::giveConsent)
                .post("/participants/{person}/consents/{purpose}/withdrawal", this::withdrawConsent)
                .put("/participants/{person}/questionnaire/mentee", this::menteeQuestionnaire)
                .put("/participants/{person}/questionnaire/mentor", this::mentorQuestionnaire);
    }

    private Reply list(Exchange exchange) {
        Organization organization = api.organization(exchange.path("org"));
        api.allowIn(exchange, Action.MANAGE_BASE, organization.id());
        Optional<Role> only = exchange.query("role").map(r -> Body.empty().parseEnum(r, Role.class, "role"));
        if (only.filter(role -> !role.isParticipant()).isPresent()) {
            throw ApiException.badRequest("Параметр «role»: MENTOR или MENTEE", "Parameter 'role': MENTOR or MENTEE");
        }
        Map<String, Person> people = new TreeMap<>();
        for (Role role : List.of(Role.MENTOR, Role.MENTEE)) {
            if (only.isEmpty() || only.get() == role) {
                api.tandem.people().withRole(role, organization.id()).forEach(p -> people.put(p.id().value(), p));
            }
        }
        return Reply.ok(Map.of("participants", people.values().stream().map(api.views::participant).toList()));
    }

    private Reply one(Exchange exchange) {
        Person person = api.person(exchange, exchange.path("person"));
        return Reply.ok(api.views.participant(person));
    }

    private Reply enroll(Exchange exchange) {
        Organization organization = api.organization(exchange.path("org"));
        Body body = exchange.body();
        PersonId id = body.optText("id").map(PersonId::of).orElseGet(PersonId::fresh);
        String fullName = body.text("fullName");
        LocalDate birthDate = body.date("birthDate");
        Role role = body.enumValue("role", Role.class);
        if (!role.isParticipant()) {
            throw body.bad("role", "в базы входят MENTOR или MENTEE; сотрудников назначают через /staff",
                    "the bases take MENTOR or MENTEE; staff are appointed through /staff");
        }
        Consent consent = body.optObject("consent").map(c -> consent(c, ConsentPurpose.MENTORING)).orElse(null);
        api.allowIn(exchange, Action.MANAGE_BASE, organization.id());
        if (api.tandem.people().find(id).isPresent()) {
            throw ApiException.conflict("Человек «" + id + "» уже заведён.", "Person '" + id + "' is already registered.");
        }
        Person person = Api.value(api.uses().enrolling().enroll(exchange.actor(),
                new EnrollingParticipant.Command(id, fullName, birthDate, organization.id(), role, consent)));
        return Reply.created(api.views.participant(person));
    }

    static Consent consent(Body body, ConsentPurpose purpose) {
        ConsentGiver givenBy = body.optEnum("givenBy", ConsentGiver.class).orElse(ConsentGiver.SELF);
        Optional<String> representative = body.optText("representative");
        if (givenBy != ConsentGiver.SELF && representative.isEmpty()) {
            throw body.bad("representative", "нужно ФИО родителя или законного представителя",
                    "the parent's or legal representative's name is required");
        }
        return new Consent(purpose, body.date("givenOn"), givenBy, representative, Optional.empty());
    }

    private Reply giveConsent(Exchange exchange) {
        Person person = api.person(exchange, exchange.path("person"));
        Body body = exchange.body();
        ConsentPurpose purpose = body.optEnum("purpose", ConsentPurpose.class).orElse(ConsentPurpose.MENTORING);
        Consent consent = Api.value(api.uses().givingConsent().give(exchange.actor(),
                new GivingConsent.Command(person.id(), consent(body, purpose))));
        return Reply.created(Views.ConsentView.of(consent, api.uses().context().today()));
    }

    private Reply withdrawConsent(Exchange exchange) {
        Person person = api.person(exchange, exchange.path("person"));
        ConsentPurpose purpose = Body.empty().parseEnum(exchange.path("purpose"), ConsentPurpose.class, "purpose");
        Body body = exchange.body();
        LocalDate on = body.optDate("on").orElseGet(() -> api.uses().context().today());
        Api.value(api.uses().withdrawingConsent().withdraw(exchange.actor(),
                new WithdrawingConsent.Command(person.id(), purpose, on)));
        return Reply.ok(api.views.participant(api.tandem.people().require(person.id())));
    }

    private static Set<DayOfWeek> days(Body body) {
        Set<DayOfWeek> days = new LinkedHashSet<>();
        for (String day : body.texts("availableDays")) {
            days.add(body.parseEnum(day, DayOfWeek.class, "availableDays"));
        }
        return days;
    }

    private Reply menteeQuestionnaire(Exchange exchange) {
        Person person = api.person(exchange, exchange.path("person"));
        Body body = exchange.body();
        Api.value(api.uses().menteeQuestionnaire().record(exchange.actor(),
                new RecordingMenteeQuestionnaire.Questionnaire(person.id(),
                        body.enumValue("category", MenteeCategory.class), new LinkedHashSet<>(body.texts("subjects")),
                        body.texts("requests"), new LinkedHashSet<>(body.texts("deficits")),
                        body.optEnum("preferredFormat", MeetingFormat.class).orElse(MeetingFormat.MIXED), days(body),
                        body.optDate("teachingStart").orElse(null), body.texts("observations"))));
        return Reply.ok(api.views.participant(api.tandem.people().require(person.id())));
    }

    private Reply mentorQuestionnaire(Exchange exchange) {
        Person person = api.person(exchange, exchange.path("person"));
        Body body = exchange.body();
        Api.value(api.uses().mentorQuestionnaire().record(exchange.actor(),
                new RecordingMentorQuestionnaire.Questionnaire(person.id(),
                        body.enumValue("category", MentorCategory.class),
                        new LinkedHashSet<>(body.texts("competencies")), new LinkedHashSet<>(body.texts("subjects")),
                        body.date("careerStart"), body.integer("capacity"), body.bool("trainingCompleted", false),
                        body.bool("willingToMentorElsewhere", false),
                        body.optEnum("preferredFormat", MeetingFormat.class).orElse(MeetingFormat.MIXED), days(body),
                        body.texts("achievements"))));
        return Reply.ok(api.views.participant(api.tandem.people().require(person.id())));
    }

    static Comparator<Person> byId() {
        return Comparator.comparing(p -> p.id().value());
    }
}
