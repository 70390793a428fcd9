package org.tandem.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.tandem.core.shared.PersonId;

/**
 * What a strategy proposes: pairs with their explanations and the mentees left without a mentor with their
 * reasons. A proposal approves nothing; {@link org.tandem.matching.application.ProposingMatches} turns it into
 * proposed mentorships a curator approves, edits or rejects. Every mentee of the problem is in exactly one of
 * {@link #pairs()} and {@link #unmatched()}.
 *
 * @param strategy   the id of the strategy that made it
 * @param pairs      the pairs, pinned ones included, in mentee order
 * @param unmatched  the mentees without a mentor, in mentee order
 * @param totalScore the sum of the pairs' scores
 */
public record Proposal(String strategy, List<ProposedPair> pairs, List<UnmatchedMentee> unmatched,
                       double totalScore) {

    public Proposal {
        Objects.requireNonNull(strategy, "strategy");
        pairs = List.copyOf(pairs);
        unmatched = List.copyOf(unmatched);
    }

    public int matchedCount() {
        return pairs.size();
    }

    /** The pairs by mentor, mentors in order of their first pair: what groups would be formed. */
    public Map<PersonId, List<ProposedPair>> byMentor() {
        Map<PersonId, List<ProposedPair>> groups = new LinkedHashMap<>();
        for (ProposedPair pair : pairs) {
            groups.computeIfAbsent(pair.mentor(), k -> new ArrayList<>()).add(pair);
        }
        groups.replaceAll((k, v) -> List.copyOf(v));
        return groups;
    }

    /** The pairs the strategy chose now, leaving pinned ones out. */
    public List<ProposedPair> newPairs() {
        return pairs.stream().filter(pair -> !pair.pinned()).toList();
    }

    public Optional<ProposedPair> pairOf(PersonId mentee) {
        return pairs.stream().filter(pair -> pair.mentee().equals(mentee)).findFirst();
    }

    public Optional<UnmatchedMentee> unmatchedOf(PersonId mentee) {
        return unmatched.stream().filter(u -> u.mentee().equals(mentee)).findFirst();
    }
}
