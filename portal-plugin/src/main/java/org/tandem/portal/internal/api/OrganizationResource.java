package org.tandem.portal.internal.api;

import java.time.Period;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import org.tandem.core.access.Action;
import org.tandem.core.organization.MentoringPolicy;
import org.tandem.core.organization.NetworkAgreement;
import org.tandem.core.organization.Organization;
import org.tandem.core.organization.OrganizationType;
import org.tandem.core.organization.PartnerKind;
import org.tandem.core.organization.application.ChangingPolicy;
import org.tandem.core.organization.application.ConcludingNetworkAgreement;
import org.tandem.core.people.Person;
import org.tandem.core.people.Role;
import org.tandem.core.people.RoleAssignment;
import org.tandem.core.people.application.AppointingStaff;
import org.tandem.core.shared.DateRange;
import org.tandem.core.shared.EventType;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;

/** {@code /organizations}: the hierarchy, policies and staff. */
final class OrganizationResource implements Resource {

    private final Api api;

    OrganizationResource(Api api) {
        this.api = api;
    }

    @Override
    public void routes(Router router) {
        router.get("/organizations", this::list)
                .post("/organizations", this::create)
                .get("/organizations/{org}", this::one)
                .put("/organizations/{org}/policy", this::changePolicy)
                .post("/organizations/{org}/staff", this::appoint)
                .get("/organizations/{org}/agreements", this::agreements)
                .post("/organizations/{org}/agreements", this::conclude);
    }

    /** A network-mentoring agreement as the organization sees it: the partner and whether it holds today. */
    record AgreementView(String number, String organization, String partner, String from, String to,
                         boolean validToday) {
        static AgreementView of(NetworkAgreement agreement, OrganizationId seenFrom, java.time.LocalDate today) {
            OrganizationId partner = agreement.first().equals(seenFrom) ? agreement.second() : agreement.first();
            return new AgreementView(agreement.number(), seenFrom.value(), partner.value(),
                    agreement.validity().start().toString(), agreement.validity().end().toString(),
                    agreement.validity().contains(today));
        }
    }

    private Reply agreements(Exchange exchange) {
        exchange.user();
        Organization organization = api.organization(exchange.path("org"));
        java.time.LocalDate today = api.uses().context().today();
        return Reply.ok(Map.of("agreements", api.tandem.organizations().agreementsOf(organization.id()).stream()
                .sorted(Comparator.comparing(NetworkAgreement::number))
                .map(agreement -> AgreementView.of(agreement, organization.id(), today)).toList()));
    }

    /**
     * Records a network-mentoring agreement with a partner organization (its head or their coordinator); the same
     * number between the same two again changes its term.
     */
    private Reply conclude(Exchange exchange) {
        Organization organization = api.organization(exchange.path("org"));
        Body body = exchange.body();
        String number = body.text("number");
        Organization partner = api.organization(body.text("partner"));
        if (partner.id().equals(organization.id())) {
            throw body.bad("partner", "договор заключают две разные организации",
                    "an agreement binds two different organizations");
        }
        java.time.LocalDate from = body.date("from");
        java.time.LocalDate to = body.date("to");
        if (to.isBefore(from)) {
            throw body.bad("to", "срок действия кончается раньше, чем начинается", "the term ends before it starts");
        }
        boolean replaced = api.tandem.organizations().agreement(number).isPresent();
        NetworkAgreement agreement = Api.value(api.uses().concludingAgreement().conclude(exchange.actor(),
                new ConcludingNetworkAgreement.Command(new NetworkAgreement(number, organization.id(), partner.id(),
                        DateRange.of(from, to)))));
        return new Reply(replaced ? 200 : 201,
                AgreementView.of(agreement, organization.id(), api.uses().context().today()), "application/json");
    }

    private Reply list(Exchange exchange) {
        exchange.user();
        return Reply.ok(Map.of("organizations", api.tandem.organizations().all().stream()
                .sorted(Comparator.comparing(o -> o.id().value())).map(Views.OrganizationView::of).toList()));
    }

    private Reply one(Exchange exchange) {
        exchange.user();
        return Reply.ok(Views.OrganizationView.of(api.organization(exchange.path("org"))));
    }

    private Reply create(Exchange exchange) {
        Body body = exchange.body();
        OrganizationId id = body.optText("id").map(OrganizationId::of).orElseGet(OrganizationId::fresh);
        String name = body.text("name");
        OrganizationType type = body.enumValue("type", OrganizationType.class);
        Optional<OrganizationId> parent = body.optText("parent").map(OrganizationId::of);
        Optional<PartnerKind> partnerKind = body.optEnum("partnerKind", PartnerKind.class);
        if (parent.isPresent()) {
            api.organization(parent.get().value());
        }
        if (!exchange.user().administrator()) {
            if (parent.isEmpty()) {
                throw ApiException.of(403, "forbidden", org.tandem.core.shared.LocalizedText.of(
                        "Организацию верхнего уровня заводит администратор портала.",
                        "A top-level organization is created by a portal administrator."))
                        .with("reason", "NOT_ALLOWED");
            }
            api.allowIn(exchange, Action.MANAGE_ORGANIZATION, parent.get());
        }
        if (api.tandem.organizations().find(id).isPresent()) {
            throw ApiException.conflict("Организация «" + id + "» уже есть.", "Organization '" + id + "' exists.");
        }
        Organization organization = new Organization(id, name, type, parent, partnerKind,
                api.tandem.defaultPolicy());
        api.tandem.organizations().save(organization);
        api.uses().context().publish(EventType.ORGANIZATION_REGISTERED, exchange.actor(), "Organization", id,
                Map.of("name", name, "type", type.name(), "parent", parent.map(OrganizationId::value).orElse("")));
        return Reply.created(Views.OrganizationView.of(organization));
    }

    private Reply changePolicy(Exchange exchange) {
        Organization organization = api.organization(exchange.path("org"));
        Body body = exchange.body();
        MentoringPolicy policy = new MentoringPolicy(body.integer("youngTeacherMaxAge"),
                body.integer("youngTeacherMaxTeachingYears"), body.integer("minMentorExperienceYears"),
                body.integer("maxMenteesPerMentor"), Period.ofMonths(body.integer("minProgramMonths")),
                Period.ofMonths(body.integer("maxProgramMonths")), body.integer("daysToFirstMeeting"),
                body.integer("daysToPersonalizedProgram"), body.bool("mentorTrainingRequired", false));
        Organization changed = Api.value(api.uses().changingPolicy().change(exchange.actor(),
                new ChangingPolicy.Command(organization.id(), policy)));
        return Reply.ok(Views.OrganizationView.of(changed));
    }

    private Reply appoint(Exchange exchange) {
        Organization organization = api.organization(exchange.path("org"));
        Body body = exchange.body();
        PersonId id = PersonId.of(body.text("person"));
        Role role = body.enumValue("role", Role.class);
        if (role.isParticipant()) {
            throw body.bad("role", "наставники и наставляемые входят в базы через /participants с согласием",
                    "mentors and mentees enter the bases through /participants with their consent");
        }
        Optional<Person> known = api.tandem.people().find(id);
        String fullName = known.isPresent() ? body.optText("fullName").orElse(known.get().fullName())
                : body.text("fullName");
        java.time.LocalDate birthDate = known.isPresent()
                ? body.optDate("birthDate").or(() -> known.get().birthDate()).orElse(null) : body.date("birthDate");
        Person person;
        if (exchange.user().administrator()) {
            // core leaves the first staff of an organization to the host: a portal administrator saves them directly
            person = known.orElseGet(() -> Person.register(id, fullName, birthDate));
            Api.value(person.assignRole(RoleAssignment.of(role, organization.id()), api.uses().context().today()));
            api.tandem.people().save(person);
            if (known.isEmpty()) {
                api.uses().context().publish(EventType.PERSON_REGISTERED, exchange.actor(), "Person", id,
                        Map.of("organization", organization.id().value(), "role", role.name()));
            }
            api.uses().context().publish(EventType.ROLE_ASSIGNED, exchange.actor(), "Person", id,
                    Map.of("organization", organization.id().value(), "role", role.name()));
        } else {
            person = Api.value(api.uses().appointing().appoint(exchange.actor(),
                    new AppointingStaff.Command(id, fullName, birthDate, organization.id(), role)));
        }
        return Reply.created(api.views.participant(person));
    }
}
