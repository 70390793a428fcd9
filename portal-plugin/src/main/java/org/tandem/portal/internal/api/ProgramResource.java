package org.tandem.portal.internal.api;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.tandem.core.access.Action;
import org.tandem.core.mentorship.MentorshipStatus;
import org.tandem.core.organization.Organization;
import org.tandem.core.program.MentoringForm;
import org.tandem.core.program.MentoringKind;
import org.tandem.core.program.MentoringProgram;
import org.tandem.core.program.application.OpeningProgram;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.ProgramId;

/** {@code /organizations/{org}/programs} and {@code /programs/{program}}. */
final class ProgramResource implements Resource {

    private final Api api;

    ProgramResource(Api api) {
        this.api = api;
    }

    @Override
    public void routes(Router router) {
        router.get("/organizations/{org}/programs", this::list)
                .post("/organizations/{org}/programs", this::open)
                .get("/programs/{program}", this::one)
                .get("/programs/{program}/mentorships", this::mentorships);
    }

    private Reply list(Exchange exchange) {
        Organization organization = api.organization(exchange.path("org"));
        api.allowIn(exchange, Action.MANAGE_BASE, organization.id());
        return Reply.ok(Map.of("programs", api.tandem.programs().ofOrganization(organization.id()).stream()
                .sorted(Comparator.comparing(p -> p.id().value()))
                .map(p -> api.views.program(p, exchange.locale(), false)).toList()));
    }

    private Reply one(Exchange exchange) {
        MentoringProgram program = api.program(exchange.path("program"));
        api.allowIn(exchange, Action.MANAGE_BASE, program.organization());
        return Reply.ok(api.views.program(program, exchange.locale(), true));
    }

    private Reply mentorships(Exchange exchange) {
        MentoringProgram program = api.program(exchange.path("program"));
        api.allowIn(exchange, Action.MANAGE_BASE, program.organization());
        Optional<MentorshipStatus> status = exchange.query("status")
                .map(s -> Body.empty().parseEnum(s, MentorshipStatus.class, "status"));
        return Reply.ok(Map.of("mentorships", api.tandem.mentorships().ofProgram(program.id()).stream()
                .filter(m -> status.isEmpty() || m.status() == status.get())
                .sorted(Comparator.comparing(m -> m.id().value())).map(api.views::summary).toList()));
    }

    private Reply open(Exchange exchange) {
        Organization organization = api.organization(exchange.path("org"));
        Body body = exchange.body();
        ProgramId id = body.optText("id").map(ProgramId::of).orElseGet(ProgramId::fresh);
        String code = body.text("form");
        MentoringForm form = MetaResource.form(code).orElseThrow(() -> body.bad("form",
                "нет формы наставничества «" + code + "»", "there is no mentoring form '" + code + "'"));
        Set<MentoringKind> kinds = EnumSet.noneOf(MentoringKind.class);
        body.texts("kinds").forEach(kind -> kinds.add(body.parseEnum(kind, MentoringKind.class, "kinds")));
        if (kinds.isEmpty()) {
            kinds.add(MentoringKind.INDIVIDUAL);
        }
        Set<OrganizationId> others = new LinkedHashSet<>();
        for (String other : body.texts("participatingOrganizations")) {
            others.add(api.organization(other).id());
        }
        PersonId curator = body.optText("curator").map(PersonId::of).orElse(exchange.actor().person());
        OpeningProgram.Command command = new OpeningProgram.Command(id, organization.id(), body.text("title"), form,
                kinds, body.date("start"), body.date("end"), curator, others);
        api.allowIn(exchange, Action.OPEN_PROGRAM, organization.id());
        api.person(curator.value());
        if (api.tandem.programs().find(id).isPresent()) {
            throw ApiException.conflict("Программа «" + id + "» уже есть.", "Program '" + id + "' exists.");
        }
        MentoringProgram program = Api.value(api.uses().openingProgram().open(exchange.actor(), command));
        return Reply.created(api.views.program(program, exchange.locale(), false));
    }
}
