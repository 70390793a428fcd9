package org.tandem.portal.internal.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tandem.core.access.Action;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.MentorshipStatus;
import org.tandem.core.mentorship.PersonalizedProgram;
import org.tandem.core.organization.Organization;
import org.tandem.core.people.MentorProfile;
import org.tandem.core.people.Person;
import org.tandem.core.people.Role;
import org.tandem.core.program.MentoringProgram;
import org.tandem.core.shared.PersonId;

/** {@code GET /organizations/{org}/figures}: mentor load, coverage and progress of personalized programs, for charts. */
final class FigureResource implements Resource {

    private final Api api;

    FigureResource(Api api) {
        this.api = api;
    }

    @Override
    public void routes(Router router) {
        router.get("/organizations/{org}/figures", this::figures);
    }

    record LoadView(Views.PersonRef mentor, int mentees, Integer capacity) {
    }

    record CoverageView(int mentees, int matched, int proposed, double share) {
    }

    record ProgressView(String mentorship, Views.PersonRef mentor, List<Views.PersonRef> mentees, String status,
                        int tasks, int tasksDone, double progress, int goals, int goalsAssessed) {
    }

    record FiguresView(String organization, String program, String on, List<LoadView> mentorLoad,
                       CoverageView coverage, List<ProgressView> progress) {
    }

    private Reply figures(Exchange exchange) {
        Organization organization = api.organization(exchange.path("org"));
        api.allowIn(exchange, Action.MANAGE_BASE, organization.id());
        Optional<MentoringProgram> only = exchange.query("program").map(api::program);
        if (only.filter(p -> !p.organization().equals(organization.id())).isPresent()) {
            throw ApiException.notFound("У организации нет такой программы.", "The organization has no such program.");
        }
        LocalDate on = exchange.queryDate("on", api.uses().context().today());
        List<MentoringProgram> programs = only.map(List::of)
                .orElseGet(() -> api.tandem.programs().ofOrganization(organization.id()));
        List<Mentorship> mentorships = new ArrayList<>();
        programs.forEach(p -> mentorships.addAll(api.tandem.mentorships().ofProgram(p.id())));
        mentorships.sort(Comparator.comparing(m -> m.id().value()));

        List<LoadView> load = new ArrayList<>();
        int policyMax = organization.policy().maxMenteesPerMentor();
        api.tandem.people().withRole(Role.MENTOR, organization.id()).stream()
                .sorted(Comparator.comparing(p -> p.id().value())).forEach(mentor -> {
                    int held = api.tandem.mentorships().ofMentor(mentor.id()).stream().mapToInt(Mentorship::load).sum();
                    Integer capacity = mentor.mentorProfile().map(MentorProfile::capacity)
                            .map(own -> Math.min(own, policyMax)).orElse(null);
                    load.add(new LoadView(api.views.ref(mentor.id()), held, capacity));
                });

        Set<PersonId> matched = new HashSet<>();
        Set<PersonId> proposed = new HashSet<>();
        for (Mentorship mentorship : mentorships) {
            if (mentorship.status().holdsCapacity()) {
                matched.addAll(mentorship.currentMentees());
            } else if (mentorship.status() == MentorshipStatus.PROPOSED) {
                proposed.addAll(mentorship.currentMentees());
            }
        }
        List<Person> mentees = api.tandem.people().withRole(Role.MENTEE, organization.id()).stream()
                .filter(p -> !p.isErased()).toList();
        int total = mentees.size();
        int matchedCount = (int) mentees.stream().filter(p -> matched.contains(p.id())).count();
        int proposedCount = (int) mentees.stream()
                .filter(p -> !matched.contains(p.id()) && proposed.contains(p.id())).count();
        CoverageView coverage = new CoverageView(total, matchedCount, proposedCount,
                total == 0 ? 0 : (double) matchedCount / total);

        List<ProgressView> progress = new ArrayList<>();
        for (Mentorship mentorship : mentorships) {
            if (!mentorship.status().holdsCapacity() && mentorship.status() != MentorshipStatus.COMPLETED) {
                continue;
            }
            Optional<PersonalizedProgram> program = api.tandem.personalizedPrograms().ofMentorship(mentorship.id());
            if (program.isEmpty()) {
                continue;
            }
            PersonalizedProgram p = program.get();
            progress.add(new ProgressView(mentorship.id().value(), api.views.ref(mentorship.mentor()),
                    api.views.refs(mentorship.currentMentees()), mentorship.status().name(), p.tasks().size(),
                    (int) p.tasks().stream().filter(t -> t.isDone()).count(), p.progress(), p.goals().size(),
                    (int) p.goals().stream().filter(g -> g.assessment().isPresent()).count()));
        }
        return Reply.ok(new FiguresView(organization.id().value(), only.map(p -> p.id().value()).orElse(null),
                on.toString(), load, coverage, progress));
    }
}
