package org.tandem.portal.internal.api;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.tandem.core.access.Action;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.MentorshipStatus;
import org.tandem.core.people.Person;
import org.tandem.core.program.MentoringProgram;
import org.tandem.core.shared.PersonId;
import org.tandem.matching.BlockedCandidate;
import org.tandem.matching.Contribution;
import org.tandem.matching.MatchingSettings;
import org.tandem.matching.PersonPair;
import org.tandem.matching.ProposedPair;
import org.tandem.matching.UnmatchedMentee;
import org.tandem.matching.Weights;
import org.tandem.matching.application.ProposingMatches;
import org.tandem.portal.PluginInfo;

/**
 * {@code POST /programs/{program}/matching}: a matching run with the strategy, weights, excluded and pinned pairs
 * the curator chose; a preview that saves nothing, or proposals that become proposed mentorships.
 */
final class MatchingResource implements Resource {

    private final Api api;

    MatchingResource(Api api) {
        this.api = api;
    }

    @Override
    public void routes(Router router) {
        router.post("/programs/{program}/matching", this::run);
    }

    private Reply run(Exchange exchange) {
        MentoringProgram program = api.program(exchange.path("program"));
        Body body = exchange.body();
        String strategy = body.optText("strategy").orElse("optimal");
        if (api.tandem.strategies().stream().map(PluginInfo::id).noneMatch(strategy::equals)) {
            throw body.bad("strategy", "нет стратегии «" + strategy + "»", "there is no strategy '" + strategy + "'");
        }
        LocalDate on = body.optDate("on").orElseGet(() -> api.uses().context().today());
        boolean propose = body.bool("propose", false);
        Map<String, Double> weights = body.numberMap("weights");
        Set<String> criteria = new HashSet<>(api.tandem.criteria().stream().map(PluginInfo::id).toList());
        weights.keySet().stream().filter(id -> !criteria.contains(id)).findFirst().ifPresent(id -> {
            throw body.bad("weights", "нет критерия «" + id + "»", "there is no criterion '" + id + "'");
        });
        double threshold = body.optNumber("threshold").orElse(0.0);
        if (!(threshold >= 0 && threshold <= 1)) {
            throw body.bad("threshold", "порог от 0 до 1", "the threshold lies from 0 to 1");
        }
        Set<PersonPair> pinned = pairs(body, "pinned");
        Set<PersonPair> excluded = pairs(body, "excluded");
        api.allowIn(exchange, Action.PROPOSE_MENTORSHIP, program.organization());
        if (body.bool("excludeRejected", true)) {
            excluded.addAll(rejectedPairs(program, pinned));
        }
        MatchingSettings settings = MatchingSettings.defaults().withWeights(Weights.of(weights))
                .withKnockOutThreshold(threshold);
        for (PersonPair pair : excluded) {
            if (!pinned.contains(pair)) {
                settings = settings.excluding(pair.mentor(), pair.mentee());
            }
        }
        for (PersonPair pair : pinned) {
            settings = settings.pinning(pair.mentor(), pair.mentee());
        }
        ProposingMatches matching = propose ? api.uses().matching()
                : api.uses().previewMatching(new ScratchMentorships(api.tandem.mentorships()));
        ProposingMatches.Outcome outcome = Api.value(matching.propose(exchange.actor(),
                new ProposingMatches.Command(program.id(), on, strategy, settings)));
        return Reply.ok(view(outcome, on, propose, exchange.locale()));
    }

    private static Set<PersonPair> pairs(Body body, String field) {
        Set<PersonPair> pairs = new LinkedHashSet<>();
        for (Body pair : body.objects(field)) {
            pairs.add(PersonPair.of(PersonId.of(pair.text("mentor")), PersonId.of(pair.text("mentee"))));
        }
        return pairs;
    }

    /**
     * The pairs of the program's rejected proposals, so that a rejected pair is not proposed again; a pair that
     * is pinned, or holds in another mentorship of the program that has not ended, stays allowed.
     */
    private Set<PersonPair> rejectedPairs(MentoringProgram program, Set<PersonPair> pinned) {
        List<Mentorship> all = api.tandem.mentorships().ofProgram(program.id());
        // a mentee of a live mentorship is pinned or waits on a proposal: not matched anew, so not excluded either
        Set<PersonId> taken = new HashSet<>();
        for (Mentorship mentorship : all) {
            if (!mentorship.status().isEnded()) {
                taken.addAll(mentorship.currentMentees());
            }
        }
        Set<PersonPair> rejected = new LinkedHashSet<>();
        for (Mentorship mentorship : all) {
            if (mentorship.status() == MentorshipStatus.REJECTED) {
                mentorship.memberships().forEach(m -> rejected.add(PersonPair.of(mentorship.mentor(), m.mentee())));
            }
        }
        rejected.removeIf(pair -> taken.contains(pair.mentee()) || erased(pair.mentee()) || erased(pair.mentor()));
        rejected.removeAll(pinned);
        return rejected;
    }

    /** Whether the person's data was erased on withdrawal: no longer in any base. */
    private boolean erased(PersonId person) {
        return api.tandem.people().find(person).map(Person::isErased).orElse(true);
    }

    record ContributionView(String criterion, String name, double value, double weight, double points,
                            String explanation) {
        static ContributionView of(Contribution c, Locale locale) {
            return new ContributionView(c.criterionId(), c.criterion().in(locale), c.value(), c.weight(), c.points(),
                    c.explanation().in(locale));
        }
    }

    record PairView(Views.PersonRef mentor, Views.PersonRef mentee, double score, boolean pinned, String explanation,
                    List<ContributionView> contributions) {
    }

    record BlockedView(Views.PersonRef mentor, String blocker, String blockerText, String rule, String explanation,
                       Double score) {
    }

    record UnmatchedView(Views.PersonRef mentee, String reason, String reasonText, String explanation,
                         List<BlockedView> blocked) {
    }

    record DeclinedView(String mentor, List<String> mentees, String reason, String message) {
    }

    record MatchingView(String strategy, String on, boolean proposed, double totalScore, List<PairView> pairs,
                        List<UnmatchedView> unmatched, List<Views.MentorshipSummary> mentorships,
                        List<DeclinedView> declined) {
    }

    private MatchingView view(ProposingMatches.Outcome outcome, LocalDate on, boolean proposed, Locale locale) {
        Views views = api.views;
        List<PairView> pairs = outcome.proposal().pairs().stream().map((ProposedPair p) -> new PairView(
                views.ref(p.mentor()), views.ref(p.mentee()), p.score(), p.pinned(), p.explanation().in(locale),
                p.contributions().stream().map(c -> ContributionView.of(c, locale)).toList())).toList();
        List<UnmatchedView> unmatched = outcome.proposal().unmatched().stream().map((UnmatchedMentee u) ->
                new UnmatchedView(views.ref(u.mentee()), u.reason().name(), u.reason().text().in(locale),
                        u.explanation().in(locale), u.bestBlocked().stream().map((BlockedCandidate b) ->
                        new BlockedView(views.ref(b.mentor()), b.blocker().name(), b.blocker().text().in(locale),
                                b.ruleId(), b.explanation().in(locale), Double.isNaN(b.score()) ? null : b.score()))
                        .toList())).toList();
        List<DeclinedView> declined = outcome.declined().stream().map(d -> new DeclinedView(d.mentor().value(),
                d.mentees().stream().map(PersonId::value).sorted().toList(), d.refusal().reason().name(),
                d.refusal().message().in(locale))).toList();
        List<Views.MentorshipSummary> mentorships = proposed
                ? outcome.proposed().stream().map(views::summary).toList() : List.of();
        return new MatchingView(outcome.proposal().strategy(), on.toString(), proposed,
                outcome.proposal().totalScore(), pairs, unmatched, mentorships, declined);
    }
}
