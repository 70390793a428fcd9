package org.tandem.portal.internal.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.tandem.core.access.Action;
import org.tandem.core.organization.Organization;
import org.tandem.core.roadmap.Activity;
import org.tandem.core.roadmap.Roadmap;
import org.tandem.core.roadmap.RoadmapSection;
import org.tandem.core.roadmap.deadline.DueWindow;
import org.tandem.core.roadmap.deadline.RoadmapPeriod;
import org.tandem.core.roadmap.importing.ImportFinding;
import org.tandem.core.roadmap.importing.ImportResult;
import org.tandem.core.roadmap.importing.RoadmapTableImporter;
import org.tandem.core.roadmap.json.RoadmapJson;
import org.tandem.core.roadmap.json.RoadmapJsonException;
import org.tandem.core.roadmap.rules.ActivityExecution;
import org.tandem.core.roadmap.rules.DueWindows;
import org.tandem.core.roadmap.rules.Evidence;
import org.tandem.core.roadmap.rules.Finding;
import org.tandem.core.roadmap.rules.LiveState;
import org.tandem.core.roadmap.rules.RoadmapExecutions;
import org.tandem.core.roadmap.rules.RuleContext;
import org.tandem.core.roadmap.rules.Subject;
import org.tandem.core.roadmap.store.StoredRoadmap;
import org.tandem.core.roadmap.upcoming.UpcomingDeadline;
import org.tandem.core.roadmap.upcoming.UpcomingDeadlines;
import org.tandem.core.shared.LocalizedText;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.RoadmapId;

/**
 * Roadmaps: import (a table as core's importer reads it, or core's roadmap JSON), the list, one roadmap with its
 * due windows, executions, what is overdue and upcoming and the rules' findings on a date, and recording an
 * execution. Reading and writing need {@code OPEN_PROGRAM} in the owner organization.
 */
final class RoadmapResource implements Resource {

    private final Api api;

    RoadmapResource(Api api) {
        this.api = api;
    }

    @Override
    public void routes(Router router) {
        router.get("/organizations/{org}/roadmaps", this::list)
                .post("/organizations/{org}/roadmaps", this::importRoadmap)
                .get("/roadmaps/{id}", this::one)
                .get("/roadmaps/{id}/json", this::json)
                .post("/roadmaps/{id}/executions", this::execute)
                .delete("/roadmaps/{id}", this::delete);
    }

    /** Deletes a roadmap with its executions; answers what was deleted. */
    private Reply delete(Exchange exchange) {
        StoredRoadmap roadmap = api.roadmap(exchange.path("id"));
        StoredRoadmap deleted = Api.value(api.uses().keepingRoadmaps().delete(exchange.actor(), roadmap.id()));
        return Reply.ok(Map.of("deleted", SummaryView.of(deleted)));
    }

    record PeriodView(String start, String end) {
        static PeriodView of(Optional<RoadmapPeriod> period) {
            return period.map(p -> new PeriodView(p.start().toString(), p.end().toString())).orElse(null);
        }
    }

    record SummaryView(String id, String owner, String title, PeriodView period, int activities, int executions) {
        static SummaryView of(StoredRoadmap roadmap) {
            return new SummaryView(roadmap.id().value(), roadmap.owner().value(), roadmap.plan().title(),
                    PeriodView.of(roadmap.plan().period()), roadmap.plan().activities().size(),
                    roadmap.executions().executions().size());
        }
    }

    private Reply list(Exchange exchange) {
        Organization organization = api.organization(exchange.path("org"));
        api.allowIn(exchange, Action.OPEN_PROGRAM, organization.id());
        return Reply.ok(Map.of("roadmaps", api.tandem.roadmaps().of(organization.id()).stream()
                .map(SummaryView::of).toList()));
    }

    record ImportFindingView(int line, String kind, boolean problem, String reason, String text) {
        static ImportFindingView of(ImportFinding finding, Locale locale) {
            return new ImportFindingView(finding.line(), finding.kind().name(), finding.isProblem(),
                    finding.reason().in(locale), finding.rawText());
        }
    }

    record ImportView(SummaryView roadmap, List<ImportFindingView> importFindings) {
    }

    private Reply importRoadmap(Exchange exchange) {
        Organization organization = api.organization(exchange.path("org"));
        RoadmapId id = exchange.query("id").map(RoadmapId::of).orElseGet(RoadmapId::fresh);
        api.allowIn(exchange, Action.OPEN_PROGRAM, organization.id());
        Optional<StoredRoadmap> existing = api.tandem.roadmaps().find(id);
        if (existing.filter(r -> !r.owner().equals(organization.id())).isPresent()) {
            throw ApiException.conflict("Дорожная карта «" + id + "» принадлежит другой организации.",
                    "Roadmap '" + id + "' is kept by another organization.");
        }
        String text = utf8(exchange.bytes());
        if (text.isBlank()) {
            throw ApiException.badRequest("Файл дорожной карты пуст.", "The roadmap file is empty.");
        }
        Roadmap plan;
        List<ImportFindingView> findings = new ArrayList<>();
        if (exchange.contentType().equals("application/json")) {
            try {
                plan = RoadmapJson.read(text);
            } catch (RoadmapJsonException e) {
                throw ApiException.of(422, "roadmap-unreadable", LocalizedText.of(
                        "Это не JSON дорожной карты: " + e.getMessage(), "Not a roadmap JSON: " + e.getMessage()))
                        .with("path", e.path());
            }
        } else {
            ImportResult result = new RoadmapTableImporter().importText(text);
            result.findings().forEach(f -> findings.add(ImportFindingView.of(f, exchange.locale())));
            plan = result.roadmap();
        }
        if (plan.activities().isEmpty()) {
            throw ApiException.of(422, "roadmap-unreadable", LocalizedText.of(
                    "В файле не найдено ни одного мероприятия дорожной карты.",
                    "The file holds no activity of a roadmap.")).with("importFindings", findings);
        }
        StoredRoadmap stored = Api.value(api.uses().keepingRoadmaps().keep(exchange.actor(), id, organization.id(),
                plan));
        return new Reply(existing.isPresent() ? 200 : 201, new ImportView(SummaryView.of(stored), findings),
                "application/json");
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("Файл дорожной карты должен быть в UTF-8.",
                    "The roadmap file must be in UTF-8.");
        }
    }

    private StoredRoadmap readable(Exchange exchange, String id) {
        StoredRoadmap roadmap = api.roadmap(id);
        api.allowIn(exchange, Action.OPEN_PROGRAM, roadmap.owner());
        return roadmap;
    }

    private Reply json(Exchange exchange) {
        return Reply.jsonText(RoadmapJson.write(readable(exchange, exchange.path("id")).plan()));
    }

    private Reply one(Exchange exchange) {
        StoredRoadmap roadmap = readable(exchange, exchange.path("id"));
        LocalDate on = exchange.queryDate("on", api.uses().context().today());
        int days = exchange.queryInt("days", 30, 0, 3660);
        return Reply.ok(detail(roadmap, on, days, exchange.locale()));
    }

    private Reply execute(Exchange exchange) {
        StoredRoadmap roadmap = readable(exchange, exchange.path("id"));
        Body body = exchange.body();
        String activity = body.text("activity");
        if (roadmap.plan().activity(activity).isEmpty()) {
            throw ApiException.notFound("В дорожной карте нет мероприятия «" + activity + "».",
                    "The roadmap has no activity '" + activity + "'.");
        }
        Optional<URI> link = body.optText("link").map(text -> {
            try {
                return new URI(text);
            } catch (URISyntaxException e) {
                throw body.bad("link", "не ссылка", "not a link");
            }
        });
        Optional<String> number = body.optText("documentNumber");
        if (number.isEmpty() && link.isEmpty()) {
            throw body.bad("documentNumber", "нужен номер документа или ссылка",
                    "a document number or a link is required");
        }
        Optional<LocalDate> documentDate = body.optDate("documentDate");
        if (documentDate.isPresent() && number.isEmpty()) {
            throw body.bad("documentDate", "дата документа даётся с его номером", "a document date comes with its number");
        }
        LocalDate doneOn = body.date("doneOn");
        StoredRoadmap updated = Api.value(api.uses().keepingRoadmaps().record(exchange.actor(), roadmap.id(),
                ActivityExecution.of(activity, doneOn, new Evidence(number, documentDate, link))));
        return new Reply(201, detail(updated, api.uses().context().today(), 30, exchange.locale()), "application/json");
    }

    // ---- the detailed view

    record WindowView(String from, String to) {
        static WindowView of(DueWindow window) {
            return new WindowView(window.from().toString(), window.to().toString());
        }
    }

    record PartyView(String level, String kind, String name) {
    }

    record ExecutionView(String doneOn, String documentNumber, String documentDate, String link) {
        static ExecutionView of(ActivityExecution execution) {
            Evidence evidence = execution.evidence();
            return new ExecutionView(execution.doneOn().toString(), evidence.documentNumber().orElse(null),
                    Views.date(evidence.documentDate()), evidence.link().map(URI::toString).orElse(null));
        }
    }

    record ActivityView(String number, String title, String content, String deadlineText, List<WindowView> windows,
                        String expectedResult, String controlResult, String documentType, String indicator,
                        List<PartyView> responsible, List<ExecutionView> executions, List<WindowView> overdue) {
    }

    record SectionView(String number, String title, String stage, List<ActivityView> activities) {
    }

    record DueView(String activity, String title, String from, String to, List<String> responsible) {
    }

    record SubjectView(String kind, String key) {
    }

    record FindingView(String severity, String rule, SubjectView subject, String message) {
    }

    record RoadmapView(String id, String owner, String title, PeriodView period, String on, List<SectionView> sections,
                       List<DueView> upcoming, List<DueView> overdue, List<FindingView> findings) {
    }

    private RoadmapView detail(StoredRoadmap stored, LocalDate on, int days, Locale locale) {
        Roadmap plan = stored.plan();
        RoadmapExecutions executions = stored.executions();
        RoadmapPeriod period = DueWindows.effectivePeriod(plan, on);
        List<SectionView> sections = new ArrayList<>();
        List<DueView> overdue = new ArrayList<>();
        for (RoadmapSection section : plan.sections()) {
            List<ActivityView> activities = new ArrayList<>();
            for (Activity activity : section.activities()) {
                List<DueWindow> windows = DueWindows.of(activity, period);
                List<DueWindow> late = executions.undone(activity.number(), windows).stream()
                        .filter(w -> w.to().isBefore(on)).toList();
                String title = activity.title().isBlank() ? activity.content() : activity.title();
                late.forEach(w -> overdue.add(new DueView(activity.number(), title, w.from().toString(),
                        w.to().toString(), activity.responsibleNames())));
                activities.add(new ActivityView(activity.number(), activity.title(), activity.content(),
                        activity.deadlineText(), windows.stream().map(WindowView::of).toList(),
                        activity.expectedResult(), activity.controlResult(), activity.documentType(),
                        activity.indicator(), activity.responsible().stream()
                                .map(p -> new PartyView(p.level().name(), p.kind().name(), p.name())).toList(),
                        executions.of(activity.number()).stream().map(ExecutionView::of).toList(),
                        late.stream().map(WindowView::of).toList()));
            }
            sections.add(new SectionView(section.number(), section.title(),
                    section.stage().map(Enum::name).orElse(null), activities));
        }
        List<DueView> upcoming = UpcomingDeadlines.within(plan, executions, on, days).stream()
                .map((UpcomingDeadline u) -> new DueView(u.activityNumber(), u.title(), u.window().from().toString(),
                        u.window().to().toString(), u.responsibleNames())).toList();
        List<FindingView> findings = api.tandem.effectiveRoadmapRules().evaluate(context(stored, on)).stream()
                .map((Finding f) -> new FindingView(f.severity().name(), f.ruleId(), subject(f.subject()),
                        f.message().in(locale))).toList();
        return new RoadmapView(stored.id().value(), stored.owner().value(), plan.title(),
                PeriodView.of(plan.period()), on.toString(), sections, upcoming, overdue, findings);
    }

    /** The rules' context: the executions, the live state of the owner when Tandem knows it, its parent's roadmap. */
    private RuleContext context(StoredRoadmap stored, LocalDate on) {
        RuleContext context = RuleContext.of(stored.plan(), on).withExecutions(stored.executions());
        Optional<Organization> owner = api.tandem.organizations().find(stored.owner());
        if (owner.isPresent()) {
            context = context.withLiveState(new LiveState(owner.get().id(), api.tandem.organizations(),
                    api.tandem.programs(), api.tandem.mentorships(), api.tandem.people(),
                    api.tandem.personalizedPrograms()));
            Optional<OrganizationId> parent = owner.get().parent();
            if (parent.isPresent()) {
                List<StoredRoadmap> parentRoadmaps = api.tandem.roadmaps().of(parent.get());
                if (!parentRoadmaps.isEmpty()) {
                    context = context.withParentRoadmap(parentRoadmaps.get(parentRoadmaps.size() - 1).plan());
                }
            }
        }
        return context;
    }

    static SubjectView subject(Subject subject) {
        String kind;
        if (subject instanceof Subject.WholeRoadmap) {
            kind = "roadmap";
        } else if (subject instanceof Subject.ActivityRef) {
            kind = "activity";
        } else if (subject instanceof Subject.ParentActivityRef) {
            kind = "parentActivity";
        } else if (subject instanceof Subject.OrganizationRef) {
            kind = "organization";
        } else if (subject instanceof Subject.MentorshipRef) {
            kind = "mentorship";
        } else {
            kind = "person";
        }
        return new SubjectView(kind, subject.key());
    }
}
