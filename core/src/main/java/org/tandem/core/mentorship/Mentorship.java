package org.tandem.core.mentorship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.tandem.core.shared.DomainRuleException;
import org.tandem.core.shared.LocalizedText;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.ProgramId;
import org.tandem.core.shared.RefusalReason;
import org.tandem.core.shared.Result;

/**
 * A mentoring pair or group (наставнический тандем): one mentor and one or more mentees in a program.
 *
 * <p>Life cycle: {@link MentorshipStatus#PROPOSED proposed}, {@link MentorshipStatus#APPROVED approved} by the
 * head's order, {@link MentorshipStatus#ACTIVE active} from the first meeting, then
 * {@link MentorshipStatus#COMPLETED completed} with an outcome or {@link MentorshipStatus#TERMINATED terminated}
 * with a reason; a proposal may be {@link MentorshipStatus#REJECTED rejected}. Rules that need other aggregates
 * (consent, capacity, one mentorship per mentee and program, network agreements) are checked by
 * {@link PairingRules}, whose {@link PairingClearance} proposing and approving require; the rules that need only
 * this mentorship (self-mentoring, dates in order, life cycle) are checked here.
 */
public final class Mentorship {

    private final MentorshipId id;
    private final ProgramId program;
    private final PersonId mentor;
    private final List<Membership> memberships = new ArrayList<>();
    private final LocalDate proposedOn;
    private final List<Meeting> meetings = new ArrayList<>();
    private final List<Feedback> feedback = new ArrayList<>();
    private MentorshipStatus status = MentorshipStatus.PROPOSED;
    private ApprovalOrder order;
    private LocalDate activatedOn;
    private LocalDate endedOn;
    private CompletionOutcome outcome;
    private String endReason;
    private MentorshipId reassignedFrom;
    private long version;

    private Mentorship(MentorshipId id, ProgramId program, PersonId mentor, LocalDate proposedOn) {
        this.id = Objects.requireNonNull(id, "id");
        this.program = Objects.requireNonNull(program, "program");
        this.mentor = Objects.requireNonNull(mentor, "mentor");
        this.proposedOn = Objects.requireNonNull(proposedOn, "proposedOn");
    }

    /**
     * Proposes a pair (one mentee) or a group (several).
     *
     * @throws IllegalArgumentException if there are no mentees, the mentor is among them, or the clearance is
     *                                  for another pairing
     */
    public static Mentorship propose(MentorshipId id, ProgramId program, PersonId mentor, Set<PersonId> mentees,
                                     LocalDate on, PairingClearance clearance) {
        requireMentees(mentor, mentees);
        Objects.requireNonNull(clearance, "clearance").requireFor(program, mentor, mentees, on);
        Mentorship mentorship = new Mentorship(id, program, mentor, on);
        mentees.forEach(mentee -> mentorship.memberships.add(Membership.open(mentee, on)));
        return mentorship;
    }

    static void requireMentees(PersonId mentor, Set<PersonId> mentees) {
        Objects.requireNonNull(mentor, "mentor");
        if (mentees == null || mentees.isEmpty()) {
            throw new DomainRuleException("В паре или группе должен быть хотя бы один наставляемый.",
                    "a mentorship needs at least one mentee");
        }
        if (mentees.contains(mentor)) {
            throw new DomainRuleException("Человек не может быть наставником самому себе: «" + mentor + "».",
                    "nobody mentors himself: " + mentor);
        }
    }

    /** Rebuilds a mentorship from storage exactly as saved; for repositories, not for use cases. */
    public static Mentorship restore(MentorshipId id, ProgramId program, PersonId mentor, LocalDate proposedOn,
                                     MentorshipStatus status, List<Membership> memberships,
                                     Optional<ApprovalOrder> order, Optional<LocalDate> activatedOn,
                                     Optional<LocalDate> endedOn, Optional<CompletionOutcome> outcome,
                                     Optional<String> endReason, Optional<MentorshipId> reassignedFrom,
                                     List<Meeting> meetings, List<Feedback> feedback, long version) {
        Mentorship mentorship = new Mentorship(id, program, mentor, proposedOn);
        mentorship.status = Objects.requireNonNull(status, "status");
        mentorship.memberships.addAll(memberships);
        mentorship.order = order.orElse(null);
        mentorship.activatedOn = activatedOn.orElse(null);
        mentorship.endedOn = endedOn.orElse(null);
        mentorship.outcome = outcome.orElse(null);
        mentorship.endReason = endReason.orElse(null);
        mentorship.reassignedFrom = reassignedFrom.orElse(null);
        mentorship.meetings.addAll(meetings);
        mentorship.feedback.addAll(feedback);
        mentorship.version = version;
        return mentorship;
    }

    /** Marks a new proposal as the continuation of the mentorship its mentee was reassigned from. */
    public void markAsContinuationOf(MentorshipId previous) {
        Objects.requireNonNull(previous, "previous");
        if (status != MentorshipStatus.PROPOSED || reassignedFrom != null || previous.equals(id)) {
            throw new IllegalStateException("only a fresh proposal continues another mentorship");
        }
        this.reassignedFrom = previous;
    }

    /** Fixes the proposal by the head's order; the order's date is the day of approval. */
    public Result<Mentorship> approve(ApprovalOrder approval, PairingClearance clearance) {
        Objects.requireNonNull(approval, "approval");
        if (status != MentorshipStatus.PROPOSED) {
            return wrongState("утвердить", "approve");
        }
        if (approval.date().isBefore(proposedOn)) {
            return Result.refused(RefusalReason.DATES_OUT_OF_ORDER,
                    "Приказ не может быть датирован раньше предложения пары (" + proposedOn + ").",
                    "The order cannot be dated before the pair was proposed (" + proposedOn + ").");
        }
        Objects.requireNonNull(clearance, "clearance").requireFor(program, mentor, currentMentees(), approval.date());
        order = approval;
        status = MentorshipStatus.APPROVED;
        return Result.ok(this);
    }

    /** Declines a proposal. */
    public Result<Mentorship> reject(String reason, LocalDate on) {
        requireReason(reason);
        if (status != MentorshipStatus.PROPOSED) {
            return wrongState("отклонить", "reject");
        }
        return end(MentorshipStatus.REJECTED, on, reason);
    }

    /** Records a meeting; the first one must be the organizational meeting, and it makes the mentorship active. */
    public Result<Meeting> recordMeeting(Meeting meeting) {
        Objects.requireNonNull(meeting, "meeting");
        if (!status.holdsCapacity()) {
            return wrongState("провести встречу", "hold a meeting");
        }
        if (meeting.on().isBefore(order.date())) {
            return Result.refused(RefusalReason.DATES_OUT_OF_ORDER,
                    "Встреча не может пройти раньше приказа (" + LocalizedText.russian(order.date()) + ").",
                    "A meeting cannot take place before the order (" + order.date() + ").");
        }
        if (status == MentorshipStatus.APPROVED && meeting.type() != MeetingType.FIRST_ORGANIZATIONAL) {
            return Result.refused(RefusalReason.WRONG_STATE,
                    "Первой проводится организационная встреча.",
                    "The first meeting is the organizational one.");
        }
        if (status == MentorshipStatus.APPROVED) {
            status = MentorshipStatus.ACTIVE;
            activatedOn = meeting.on();
        }
        meetings.add(meeting);
        return Result.ok(meeting);
    }

    /** Adds a feedback questionnaire of a mentor, a mentee or the curator of an active or completed mentorship. */
    public Result<Feedback> addFeedback(Feedback answers) {
        Objects.requireNonNull(answers, "answers");
        if (status != MentorshipStatus.ACTIVE && status != MentorshipStatus.COMPLETED) {
            return wrongState("собрать обратную связь", "collect feedback");
        }
        boolean matchesRole = switch (answers.role()) {
            case MENTOR -> answers.respondent().equals(mentor);
            case MENTEE -> currentMentees().contains(answers.respondent());
            case CURATOR -> true;
        };
        if (!matchesRole) {
            return Result.refused(RefusalReason.NOT_ALLOWED,
                    "Анкету наставника или наставляемого заполняет участник этой пары или группы.",
                    "A mentor's or mentee's questionnaire is filled in by a member of this pair or group.");
        }
        if (activatedOn != null && answers.on().isBefore(activatedOn)) {
            return Result.refused(RefusalReason.DATES_OUT_OF_ORDER,
                    "Обратная связь не может быть раньше первой встречи (" + activatedOn + ").",
                    "Feedback cannot come before the first meeting (" + activatedOn + ").");
        }
        feedback.add(answers);
        return Result.ok(answers);
    }

    /** Ends an active mentorship as planned. */
    public Result<Mentorship> complete(CompletionOutcome result, LocalDate on) {
        Objects.requireNonNull(result, "result");
        if (status != MentorshipStatus.ACTIVE) {
            return wrongState("завершить", "complete");
        }
        Result<Mentorship> ended = end(MentorshipStatus.COMPLETED, on, null);
        if (ended.isOk()) {
            outcome = result;
        }
        return ended;
    }

    /** Ends an approved or active mentorship early. */
    public Result<Mentorship> terminate(String reason, LocalDate on) {
        requireReason(reason);
        if (!status.holdsCapacity()) {
            return wrongState("прекратить", "terminate");
        }
        return end(MentorshipStatus.TERMINATED, on, reason);
    }

    /**
     * A mentee leaves this mentorship (reassignment to another mentor, withdrawn consent); the membership stays
     * in the history. When the last mentee leaves, the mentorship is terminated with the same reason.
     */
    public Result<Membership> release(PersonId mentee, String reason, LocalDate on) {
        requireReason(reason);
        if (!status.holdsCapacity() && status != MentorshipStatus.PROPOSED) {
            return wrongState("вывести наставляемого из", "release a mentee from");
        }
        for (int i = 0; i < memberships.size(); i++) {
            Membership membership = memberships.get(i);
            if (membership.mentee().equals(mentee) && membership.isCurrent()) {
                if (on.isBefore(membership.from())) {
                    return Result.refused(RefusalReason.DATES_OUT_OF_ORDER,
                            "Наставляемый не может выйти раньше, чем вошёл ("
                                    + LocalizedText.russian(membership.from()) + ").",
                            "A mentee cannot leave before joining (" + membership.from() + ").");
                }
                Membership closed = membership.closed(on, reason);
                memberships.set(i, closed);
                if (currentMentees().isEmpty()) {
                    status = status == MentorshipStatus.PROPOSED ? MentorshipStatus.REJECTED : MentorshipStatus.TERMINATED;
                    endedOn = on;
                    endReason = reason;
                }
                return Result.ok(closed);
            }
        }
        return Result.refused(RefusalReason.NOT_FOUND,
                "Этот наставляемый не состоит в паре или группе.",
                "This mentee is not in the pair or group.");
    }

    private Result<Mentorship> end(MentorshipStatus endStatus, LocalDate on, String reason) {
        Objects.requireNonNull(on, "on");
        LocalDate earliest = activatedOn != null ? activatedOn : order != null ? order.date() : proposedOn;
        if (on.isBefore(earliest)) {
            return Result.refused(RefusalReason.DATES_OUT_OF_ORDER,
                    "Дата окончания не может быть раньше " + LocalizedText.russian(earliest) + ".",
                    "The end date cannot be before " + earliest + ".");
        }
        LocalDate day = on;
        memberships.replaceAll(m -> m.isCurrent() ? new Membership(m.mentee(), m.from(), Optional.of(day),
                Optional.ofNullable(reason)) : m);
        status = endStatus;
        endedOn = on;
        endReason = reason;
        return Result.ok(this);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleException("Нужно указать причину.", "a reason is required");
        }
    }

    private <T> Result<T> wrongState(String ru, String en) {
        return Result.refused(RefusalReason.WRONG_STATE,
                "Нельзя " + ru + " наставничество в состоянии " + status + ".",
                "Cannot " + en + " a mentorship that is " + status + ".");
    }

    /** Mentees in the mentorship now (or, once it ended, on its last day). */
    public Set<PersonId> currentMentees() {
        Set<PersonId> result = new LinkedHashSet<>();
        for (Membership membership : memberships) {
            boolean current = membership.isCurrent()
                    || (status.isEnded() && endedOn != null && membership.until().filter(endedOn::equals).isPresent()
                    && membership.leftBecause().equals(Optional.ofNullable(endReason)));
            if (current) {
                result.add(membership.mentee());
            }
        }
        return result;
    }

    /** The number of the mentor's places this mentorship takes now. */
    public int load() {
        return status.holdsCapacity() ? currentMentees().size() : 0;
    }

    public boolean involves(PersonId person) {
        return mentor.equals(person) || currentMentees().contains(person);
    }

    public MentorshipId id() {
        return id;
    }

    public ProgramId program() {
        return program;
    }

    public PersonId mentor() {
        return mentor;
    }

    public List<Membership> memberships() {
        return List.copyOf(memberships);
    }

    public MentorshipStatus status() {
        return status;
    }

    public LocalDate proposedOn() {
        return proposedOn;
    }

    public Optional<ApprovalOrder> order() {
        return Optional.ofNullable(order);
    }

    public Optional<LocalDate> activatedOn() {
        return Optional.ofNullable(activatedOn);
    }

    public Optional<LocalDate> endedOn() {
        return Optional.ofNullable(endedOn);
    }

    public Optional<CompletionOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Optional<String> endReason() {
        return Optional.ofNullable(endReason);
    }

    public Optional<MentorshipId> reassignedFrom() {
        return Optional.ofNullable(reassignedFrom);
    }

    public List<Meeting> meetings() {
        return List.copyOf(meetings);
    }

    public List<Feedback> feedback() {
        return List.copyOf(feedback);
    }

    /** The version a repository uses for optimistic locking. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Mentorship[" + id + ", " + status + "]";
    }
}
