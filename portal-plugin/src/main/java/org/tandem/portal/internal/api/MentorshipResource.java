package org.tandem.portal.internal.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.tandem.core.access.Action;
import org.tandem.core.mentorship.CompletionOutcome;
import org.tandem.core.mentorship.FeedbackRole;
import org.tandem.core.mentorship.FeedbackStage;
import org.tandem.core.mentorship.GoalAssessment;
import org.tandem.core.mentorship.MeetingType;
import org.tandem.core.mentorship.Mentorship;
import org.tandem.core.mentorship.MentorshipStatus;
import org.tandem.core.mentorship.application.ApprovingMentorship;
import org.tandem.core.mentorship.application.DraftingPersonalizedProgram;
import org.tandem.core.mentorship.application.EndingMentorship;
import org.tandem.core.mentorship.application.GivingFeedback;
import org.tandem.core.mentorship.application.ProposingMentorship;
import org.tandem.core.mentorship.application.ReassigningMentee;
import org.tandem.core.mentorship.application.RecordingMeeting;
import org.tandem.core.mentorship.application.WorkingOnProgram;
import org.tandem.core.program.MentoringProgram;
import org.tandem.core.shared.MentorshipId;
import org.tandem.core.shared.PersonId;
import org.tandem.core.shared.PersonalizedProgramId;

/**
 * Pairs and groups: proposing by hand, approving by order, rejecting, swapping, ending, and the work of a pair
 * (meetings, feedback, the personalized program).
 */
final class MentorshipResource implements Resource {

    static final String REJECTED = "отклонено куратором / rejected by the curator";
    static final String SWAPPED = "пары переставлены куратором / pairs swapped by the curator";

    private final Api api;

    MentorshipResource(Api api) {
        this.api = api;
    }

    @Override
    public void routes(Router router) {
        router.post("/programs/{program}/mentorships", this::propose)
                .get("/mentorships/{id}", this::one)
                .post("/mentorships/swap", this::swap)
                .post("/mentorships/{id}/approval", this::approve)
                .post("/mentorships/{id}/rejection", this::reject)
                .post("/mentorships/{id}/termination", this::terminate)
                .post("/mentorships/{id}/completion", this::complete)
                .post("/mentorships/{id}/reassignment", this::reassign)
                .post("/mentorships/{id}/meetings", this::meeting)
                .post("/mentorships/{id}/feedback", this::feedback)
                .post("/mentorships/{id}/personalized-program", this::draft)
                .post("/mentorships/{id}/personalized-program/tasks/{n}/done", this::taskDone)
                .post("/mentorships/{id}/personalized-program/goals/{n}/assessment", this::assess);
    }

    private LocalDate today() {
        return api.uses().context().today();
    }

    private Reply view(Mentorship mentorship) {
        return Reply.ok(api.views.mentorship(api.tandem.mentorships().require(mentorship.id())));
    }

    private Reply one(Exchange exchange) {
        Mentorship mentorship = api.mentorship(exchange, exchange.path("id"));
        return Reply.ok(api.views.mentorship(mentorship));
    }

    private Reply propose(Exchange exchange) {
        MentoringProgram program = api.program(exchange.path("program"));
        Body body = exchange.body();
        MentorshipId id = body.optText("id").map(MentorshipId::of).orElseGet(MentorshipId::fresh);
        api.allowIn(exchange, Action.PROPOSE_MENTORSHIP, program.organization());
        PersonId mentor = api.person(body.text("mentor")).id();
        Set<PersonId> mentees = new LinkedHashSet<>();
        for (String mentee : body.texts("mentees")) {
            mentees.add(api.person(mentee).id());
        }
        if (mentees.isEmpty()) {
            throw body.bad("mentees", "нужен хотя бы один наставляемый", "at least one mentee is required");
        }
        LocalDate on = body.optDate("on").orElseGet(this::today);
        if (api.tandem.mentorships().find(id).isPresent()) {
            throw ApiException.conflict("Пара «" + id + "» уже есть.", "Mentorship '" + id + "' exists.");
        }
        Mentorship proposed = Api.value(api.uses().proposing().propose(exchange.actor(),
                new ProposingMentorship.Command(id, program.id(), mentor, mentees, on)));
        return new Reply(201, api.views.mentorship(proposed), "application/json");
    }

    private Reply approve(Exchange exchange) {
        Mentorship mentorship = api.mentorship(exchange, exchange.path("id"));
        Body body = exchange.body();
        Api.value(api.uses().approving().approve(exchange.actor(), new ApprovingMentorship.Command(mentorship.id(),
                body.text("orderNumber"), body.optDate("orderDate").orElseGet(this::today))));
        return view(mentorship);
    }

    private Reply reject(Exchange exchange) {
        Mentorship mentorship = api.mentorship(exchange, exchange.path("id"));
        Body body = exchange.body();
        Api.value(api.uses().ending().reject(exchange.actor(), new EndingMentorship.Rejection(mentorship.id(),
                body.optText("reason").orElse(REJECTED), body.optDate("on").orElseGet(this::today))));
        return view(mentorship);
    }

    private Reply terminate(Exchange exchange) {
        Mentorship mentorship = api.mentorship(exchange, exchange.path("id"));
        Body body = exchange.body();
        Api.value(api.uses().ending().terminate(exchange.actor(), new EndingMentorship.Termination(mentorship.id(),
                body.text("reason"), body.optDate("on").orElseGet(this::today))));
        return view(mentorship);
    }

    private Reply complete(Exchange exchange) {
        Mentorship mentorship = api.mentorship(exchange, exchange.path("id"));
        Body body = exchange.body();
        Api.value(api.uses().ending().complete(exchange.actor(), new EndingMentorship.Completion(mentorship.id(),
                body.enumValue("outcome", CompletionOutcome.class), body.optDate("on").orElseGet(this::today))));
        return view(mentorship);
    }

    /**
     * Moves a mentee of an approved pair or group to another mentor by the head's order: her membership in the old
     * mentorship closes with the reason, and a new approved mentorship (continuing the old) is answered.
     */
    private Reply reassign(Exchange exchange) {
        Mentorship from = api.mentorship(exchange, exchange.path("id"));
        // who may only read the pair learns nothing about the people the body names
        api.allow(exchange, Action.MANAGE_MENTORSHIP, api.targetOf(from));
        Body body = exchange.body();
        PersonId mentee = Api.personId(body.text("mentee"));
        if (!from.currentMentees().contains(mentee)) {
            throw body.bad("mentee", "это не наставляемый этой пары или группы",
                    "not a mentee of this pair or group");
        }
        PersonId newMentor = api.person(body.text("newMentor")).id();
        MentorshipId to = body.optText("id").map(MentorshipId::of).orElseGet(MentorshipId::fresh);
        String reason = body.text("reason");
        String orderNumber = body.text("orderNumber");
        LocalDate orderDate = body.optDate("orderDate").orElseGet(this::today);
        if (api.tandem.mentorships().find(to).isPresent()) {
            throw ApiException.conflict("Пара «" + to + "» уже есть.", "Mentorship '" + to + "' exists.");
        }
        Mentorship next = Api.value(api.uses().reassigning().reassign(exchange.actor(),
                new ReassigningMentee.Command(from.id(), mentee, to, newMentor, reason, orderNumber, orderDate)));
        return new Reply(201, api.views.mentorship(next), "application/json");
    }

    record SwapView(List<Views.MentorshipSummary> rejected, List<Views.MentorshipSummary> proposed) {
    }

    /**
     * Two proposed pairs exchange their mentees. The crossed pairs are checked by the pairing rules first, so a
     * refusal leaves both proposals as they were; then both are rejected and the crossed pairs proposed.
     */
    private Reply swap(Exchange exchange) {
        Body body = exchange.body();
        Mentorship first = api.mentorship(exchange, body.text("first"));
        Mentorship second = api.mentorship(exchange, body.text("second"));
        LocalDate on = body.optDate("on").orElseGet(this::today);
        String reason = body.optText("reason").orElse(SWAPPED);
        if (first.id().equals(second.id()) || !first.program().equals(second.program())
                || first.mentor().equals(second.mentor())) {
            throw ApiException.conflict("Переставить можно две пары одной программы с разными наставниками.",
                    "Only two pairs of one program with different mentors can be swapped.");
        }
        for (Mentorship pair : List.of(first, second)) {
            if (pair.status() != MentorshipStatus.PROPOSED || pair.currentMentees().size() != 1) {
                throw ApiException.conflict("Переставить можно только предложенные пары с одним наставляемым; «"
                                + pair.id() + "» — " + pair.status() + ".",
                        "Only proposed pairs with one mentee can be swapped; '" + pair.id() + "' is "
                                + pair.status() + ".");
            }
            api.allow(exchange, Action.MANAGE_MENTORSHIP, api.targetOf(pair));
        }
        MentoringProgram program = api.programOf(first);
        api.allowIn(exchange, Action.PROPOSE_MENTORSHIP, program.organization());
        PersonId firstMentee = first.currentMentees().iterator().next();
        PersonId secondMentee = second.currentMentees().iterator().next();
        var rules = api.uses().rules();
        Api.value(rules.check(program, first.mentor(), Set.of(secondMentee), on, Optional.empty()));
        Api.value(rules.check(program, second.mentor(), Set.of(firstMentee), on, Optional.empty()));
        EndingMentorship ending = api.uses().ending();
        List<Views.MentorshipSummary> rejected = new ArrayList<>();
        for (Mentorship pair : List.of(first, second)) {
            rejected.add(api.views.summary(Api.value(ending.reject(exchange.actor(),
                    new EndingMentorship.Rejection(pair.id(), reason, on)))));
        }
        ProposingMentorship proposing = api.uses().proposing();
        List<Views.MentorshipSummary> proposed = new ArrayList<>();
        proposed.add(api.views.summary(Api.value(proposing.propose(exchange.actor(), new ProposingMentorship.Command(
                MentorshipId.fresh(), program.id(), first.mentor(), Set.of(secondMentee), on)))));
        proposed.add(api.views.summary(Api.value(proposing.propose(exchange.actor(), new ProposingMentorship.Command(
                MentorshipId.fresh(), program.id(), second.mentor(), Set.of(firstMentee), on)))));
        return Reply.ok(new SwapView(rejected, proposed));
    }

    private Reply meeting(Exchange exchange) {
        Mentorship mentorship = api.mentorship(exchange, exchange.path("id"));
        Body body = exchange.body();
        Api.value(api.uses().recordingMeeting().record(exchange.actor(), new RecordingMeeting.Command(mentorship.id(),
                body.enumValue("type", MeetingType.class), body.optDate("on").orElseGet(this::today),
                body.optText("summary").orElse(null))));
        return new Reply(201, api.views.mentorship(api.tandem.mentorships().require(mentorship.id())),
                "application/json");
    }

    private Reply feedback(Exchange exchange) {
        Mentorship mentorship = api.mentorship(exchange, exchange.path("id"));
        Body body = exchange.body();
        Map<String, Integer> ratings = body.integerMap("ratings");
        Api.value(api.uses().givingFeedback().give(exchange.actor(), new GivingFeedback.Questionnaire(mentorship.id(),
                body.enumValue("role", FeedbackRole.class), body.enumValue("stage", FeedbackStage.class),
                body.optDate("on").orElseGet(this::today), ratings, body.optText("comment").orElse(null))));
        return new Reply(201, api.views.mentorship(api.tandem.mentorships().require(mentorship.id())),
                "application/json");
    }

    private Reply draft(Exchange exchange) {
        Mentorship mentorship = api.mentorship(exchange, exchange.path("id"));
        Body body = exchange.body();
        List<DraftingPersonalizedProgram.GoalDraft> goals = new ArrayList<>();
        for (Body goal : body.objects("goals")) {
            goals.add(new DraftingPersonalizedProgram.GoalDraft(goal.text("description"), goal.text("deficit")));
        }
        List<DraftingPersonalizedProgram.TaskDraft> tasks = new ArrayList<>();
        for (Body task : body.objects("tasks")) {
            tasks.add(new DraftingPersonalizedProgram.TaskDraft(task.text("title"), task.date("deadline"),
                    PersonId.of(task.text("responsible"))));
        }
        Api.value(api.uses().drafting().draft(exchange.actor(), new DraftingPersonalizedProgram.Command(
                body.optText("id").map(PersonalizedProgramId::of).orElseGet(PersonalizedProgramId::fresh),
                mentorship.id(), body.date("start"), body.date("end"), goals, tasks, body.texts("expectedResults"))));
        return new Reply(201, api.views.mentorship(api.tandem.mentorships().require(mentorship.id())),
                "application/json");
    }

    private static int number(Exchange exchange) {
        try {
            return Integer.parseInt(exchange.path("n"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("Нет номера «" + exchange.path("n") + "».",
                    "There is no number '" + exchange.path("n") + "'.");
        }
    }

    private Reply taskDone(Exchange exchange) {
        Mentorship mentorship = api.mentorship(exchange, exchange.path("id"));
        int task = number(exchange);
        Body body = exchange.body();
        Api.value(api.uses().workingOnProgram().completeTask(exchange.actor(), new WorkingOnProgram.TaskDone(
                mentorship.id(), task, body.optDate("on").orElseGet(this::today))));
        return view(mentorship);
    }

    private Reply assess(Exchange exchange) {
        Mentorship mentorship = api.mentorship(exchange, exchange.path("id"));
        int goal = number(exchange);
        Body body = exchange.body();
        Api.value(api.uses().workingOnProgram().assessGoal(exchange.actor(), new WorkingOnProgram.GoalAssessed(
                mentorship.id(), goal, body.enumValue("assessment", GoalAssessment.class))));
        return view(mentorship);
    }
}
