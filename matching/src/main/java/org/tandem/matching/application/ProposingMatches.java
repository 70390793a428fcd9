package org.tandem.matching.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.core.access.AccessTarget;
import org.tandem.core.access.Action;
import org.tandem.core.access.Actor;
import org.tandem.core.application.CommandContext;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.MentorshipStatus;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.mentorship.application.ProposingMentorship;
import org.tandem.core.organization.MentoringPolicy;
import org.tandem.core.organization.NetworkAgreement;
import org.tandem.core.organization.Organizations;
import org.tandem.core.people.People;
import org.tandem.core.people.Person;
import org.tandem.core.people.Role;
import org.tandem.core.program.MentoringProgram;
import org.tandem.core.program.Programs;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.OrganizationId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.ProgramId;
import org.tandem.core.shared.Refusal;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.shared.Result;
import org.tandem.matching.MatchingProblem;
import org.tandem.matching.MatchingSettings;
import org.tandem.matching.NetworkAccess;
import org.tandem.matching.Proposal;
import org.tandem.matching.ProposedPair;
import org.tandem.matching.spi.MatchingPlugins;

/**
 * Proposes pairs and groups for a program on a day: builds the problem from core's repositories, runs the chosen
 * strategy and turns the proposal into <em>proposed</em> mentorships through core's {@link ProposingMentorship},
 * which checks the pairing rules again. Nothing is approved: a curator approves, edits or rejects each proposal.
 *
 * <p>The mentee base is everyone holding the mentee role in an organization the program admits, except mentees
 * who already have a pending (proposed) mentorship in the program; reject that one to match them again. The mentor
 * base is everyone holding the mentor role in those organizations or in one bound to them by a network agreement
 * in force. Mentees of approved or active mentorships of the program are pinned to their mentors. A mentor's
 * current load is the load of his approved and active mentorships outside those pins. When the program allows
 * groups, each mentor gets one mentorship holding all his new mentees; otherwise one per pair. Bases are sorted by
 * identity, so the same repositories give the same proposal.
 */
public final class ProposingMatches {

    private static final Logger LOG = LoggerFactory.getLogger(ProposingMatches.class);

    /**
     * @param program  the program to match for
     * @param on       the day: consents, experience and agreements are taken on it, and proposals are dated it
     * @param strategy the id of the strategy, e.g. {@code "optimal"}
     * @param settings weights, threshold, exclusions, pins and questionnaire preferences
     */
    public record Command(ProgramId program, LocalDate on, String strategy, MatchingSettings settings) {
        public Command {
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(strategy, "strategy");
            Objects.requireNonNull(settings, "settings");
        }
    }

    /** A mentorship core declined to propose, with its refusal. */
    public record Declined(PersonId mentor, Set<PersonId> mentees, Refusal refusal) {
        public Declined {
            Objects.requireNonNull(mentor, "mentor");
            mentees = Set.copyOf(mentees);
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    /**
     * What was proposed.
     *
     * @param proposal the strategy's explained proposal
     * @param proposed the proposed mentorships now in the repository
     * @param declined the groups or pairs core refused, with why
     */
    public record Outcome(Proposal proposal, List<Mentorship> proposed, List<Declined> declined) {
        public Outcome {
            Objects.requireNonNull(proposal, "proposal");
            proposed = List.copyOf(proposed);
            declined = List.copyOf(declined);
        }
    }

    private final CommandContext context;
    private final People people;
    private final Organizations organizations;
    private final Programs programs;
    private final Mentorships mentorships;
    private final ProposingMentorship proposing;
    private final MatchingPlugins plugins;
    private final Supplier<MentorshipId> ids;

    public ProposingMatches(CommandContext context, People people, Organizations organizations, Programs programs,
                            Mentorships mentorships, ProposingMentorship proposing, MatchingPlugins plugins) {
        this(context, people, organizations, programs, mentorships, proposing, plugins, MentorshipId::fresh);
    }

    /** As the other constructor, with the identities new mentorships get. */
    public ProposingMatches(CommandContext context, People people, Organizations organizations, Programs programs,
                            Mentorships mentorships, ProposingMentorship proposing, MatchingPlugins plugins,
                            Supplier<MentorshipId> ids) {
        this.context = Objects.requireNonNull(context, "context");
        this.people = Objects.requireNonNull(people, "people");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.programs = Objects.requireNonNull(programs, "programs");
        this.mentorships = Objects.requireNonNull(mentorships, "mentorships");
        this.proposing = Objects.requireNonNull(proposing, "proposing");
        this.plugins = Objects.requireNonNull(plugins, "plugins");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * Runs matching and proposes the result.
     *
     * @return the outcome; a refusal when the actor may not propose pairs in the program's organization or a
     *     base is empty
     * @throws IllegalArgumentException if the program or strategy is unknown, or the settings are invalid for the
     *     bases (see {@link MatchingProblem.Builder#build()})
     */
    public Result<Outcome> propose(Actor actor, Command command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
        MentoringProgram program = programs.require(command.program());
        Optional<Refusal> denied = context.deny(actor, Action.PROPOSE_MENTORSHIP,
                AccessTarget.organization(program.organization()));
        if (denied.isPresent()) {
            return Result.refused(denied.get());
        }
        var strategy = plugins.strategy(command.strategy());
        LocalDate on = command.on();
        MentoringPolicy policy = organizations.require(program.organization()).policy();
        Set<OrganizationId> admitted = new LinkedHashSet<>();
        admitted.add(program.organization());
        admitted.addAll(program.participatingOrganizations());

        Map<PersonId, Person> mentees = new TreeMap<>(Comparator.comparing(PersonId::value));
        for (OrganizationId organization : admitted) {
            people.withRole(Role.MENTEE, organization).forEach(p -> mentees.put(p.id(), p));
        }
        Set<OrganizationId> mentorOrganizations = new LinkedHashSet<>(admitted);
        for (OrganizationId organization : admitted) {
            for (NetworkAgreement agreement : organizations.agreementsOf(organization)) {
                if (agreement.validity().contains(on)) {
                    mentorOrganizations.add(agreement.first());
                    mentorOrganizations.add(agreement.second());
                }
            }
        }
        Map<PersonId, Person> mentors = new TreeMap<>(Comparator.comparing(PersonId::value));
        for (OrganizationId organization : mentorOrganizations) {
            people.withRole(Role.MENTOR, organization).forEach(p -> mentors.put(p.id(), p));
        }

        MatchingSettings settings = command.settings();
        Map<PersonId, Integer> pinnedPerMentor = new HashMap<>();
        for (Mentorship mentorship : mentorships.ofProgram(program.id())) {
            for (PersonId mentee : mentorship.currentMentees()) {
                if (mentorship.status() == MentorshipStatus.PROPOSED) {
                    mentees.remove(mentee);
                } else if (mentorship.status().holdsCapacity() && mentors.containsKey(mentorship.mentor())
                        && mentees.containsKey(mentee)
                        && settings.pinned().stream().noneMatch(p -> p.mentee().equals(mentee))) {
                    settings = settings.pinning(mentorship.mentor(), mentee);
                    pinnedPerMentor.merge(mentorship.mentor(), 1, Integer::sum);
                }
            }
        }
        if (mentees.isEmpty() || mentors.isEmpty()) {
            return Result.refused(RefusalReason.NOT_FOUND,
                    mentees.isEmpty() ? "В программе нет наставляемых, которых нужно подобрать."
                            : "Для программы нет ни одного наставника.",
                    mentees.isEmpty() ? "The program has no mentees left to match."
                            : "There is no mentor for the program.");
        }
        MatchingProblem.Builder builder = MatchingProblem.builder(program, policy, on)
                .networkAccess(NetworkAccess.of(organizations, on))
                .settings(settings)
                .plugins(plugins);
        for (Person mentor : mentors.values()) {
            int load = mentorships.ofMentor(mentor.id()).stream().mapToInt(Mentorship::load).sum()
                    - pinnedPerMentor.getOrDefault(mentor.id(), 0);
            builder.mentor(mentor, Math.max(0, load));
        }
        mentees.values().forEach(builder::mentee);
        MatchingProblem problem = builder.build();
        Proposal proposal = strategy.propose(problem);

        Map<PersonId, List<PersonId>> groups = new LinkedHashMap<>();
        for (ProposedPair pair : proposal.newPairs()) {
            groups.computeIfAbsent(pair.mentor(), k -> new ArrayList<>()).add(pair.mentee());
        }
        List<Mentorship> proposed = new ArrayList<>();
        List<Declined> declined = new ArrayList<>();
        groups.forEach((mentor, group) -> {
            List<Set<PersonId>> units = program.allowsGroups() ? List.of(new LinkedHashSet<>(group))
                    : group.stream().map(Set::of).toList();
            for (Set<PersonId> unit : units) {
                Result<Mentorship> result = proposing.propose(actor,
                        new ProposingMentorship.Command(ids.get(), program.id(), mentor, unit, on));
                if (result.isOk()) {
                    proposed.add(result.value());
                } else {
                    declined.add(new Declined(mentor, unit, result.refusal()));
                }
            }
        });
        LOG.info("matching {} for program {} on {}: {} pairs ({} new) in {} proposed mentorships, {} declined, {} "
                        + "mentees unmatched", strategy.id(), program.id(), on, proposal.matchedCount(),
                proposal.newPairs().size(), proposed.size(), declined.size(), proposal.unmatched().size());
        return Result.ok(new Outcome(proposal, proposed, declined));
    }
}
