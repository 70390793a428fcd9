package org.tandem.portal;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.tandem.core.application.CommandContext;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.mentorship.PersonalizedPrograms;
import org.tandem.core.mentorship.application.ApprovingMentorship;
import org.tandem.core.mentorship.application.ProposingMentorship;
import org.tandem.core.organization.MentoringPolicy;
import org.tandem.core.organization.Organizations;
import org.tandem.core.people.People;
import org.tandem.core.people.application.EnrollingParticipant;
import org.tandem.core.program.Programs;
import org.tandem.core.program.application.OpeningProgram;
import org.tandem.core.roadmap.rules.RoadmapRules;
import org.tandem.core.questionnaire.ColumnMappings;
import org.tandem.core.roadmap.store.Roadmaps;
import org.tandem.core.shared.DomainEvent;
import org.tandem.core.shared.DomainEvents;
import org.tandem.matching.application.ProposingMatches;
import org.tandem.matching.spi.MatchingPlugins;

/**
 * Tandem as an OSGi service: core's repositories and use cases, wired for the portal, with the portal's settings
 * (Configuration Admin PID {@code org.tandem.portal}) and the matching plug-ins registered as services.
 *
 * <p>The repositories are stored in a database (the host's {@code javax.sql.DataSource} service, else an embedded
 * H2 database; see the storage settings, PID {@code org.tandem.portal.storage}), and every change a use case makes
 * is recorded in the stored audit log. Run the use cases of one request in {@link #inTransaction(Supplier)}.
 */
public interface TandemService {

    /** The configuration PID whose properties {@code locale}, {@code maxMenteesPerMentor}, ... set the portal up. */
    String PID = "org.tandem.portal";

    /** The plug-in bundle's version. */
    String version();

    /** The portal's language ({@code ru} or {@code en}), used when a user names none. */
    Locale locale();

    /** The mentoring policy a new organization starts with. */
    MentoringPolicy defaultPolicy();

    /**
     * The strategies in effect, built-ins first (a vendor's service with a built-in's id and a ranking above 0 in
     * the built-in's place), then the vendors' others in id order.
     */
    List<PluginInfo> strategies();

    /** The criteria in effect, in the order of {@link #strategies()}. */
    List<PluginInfo> criteria();

    /** The vendors' matching hard rules in effect, in id order (there are no built-in ones: core's rules apply). */
    List<PluginInfo> hardRules();

    /** The roadmap rules in effect, in the order of {@link #strategies()}. */
    List<PluginInfo> roadmapRules();

    /** The built-in and the vendors' roadmap rules in effect now, to evaluate; a new value after every change. */
    RoadmapRules effectiveRoadmapRules();

    /**
     * The built-in and the vendors' strategies, criteria and hard rules in effect now; a new value after every
     * change.
     */
    MatchingPlugins matchingPlugins();

    People people();

    Organizations organizations();

    Programs programs();

    Mentorships mentorships();

    PersonalizedPrograms personalizedPrograms();

    DomainEvents events();

    CommandContext commandContext();

    EnrollingParticipant enrollingParticipant();

    OpeningProgram openingProgram();

    ProposingMentorship proposingMentorship();

    ApprovingMentorship approvingMentorship();

    /** Matching with the plug-ins in effect when called. */
    ProposingMatches proposingMatches();

    /**
     * Runs {@code work} in one database transaction: every repository call and audit event it makes on this thread
     * joins it. Commits when {@code work} returns (also when it returns a refusal), rolls everything back when it
     * throws. Nested calls join the outer transaction.
     *
     * @throws org.tandem.core.mentorship.ConcurrentChangeException when another transaction changed what this one
     *                                                              read; nothing of this one is kept, retry it
     */
    <T> T inTransaction(Supplier<T> work);

    /** The roadmaps organizations keep, with their executions, stored with the rest. */
    Roadmaps roadmaps();

    /** The questionnaire column mappings organizations saved for importing their form exports. */
    ColumnMappings columnMappings();

    /**
     * What happened to one object, oldest first.
     *
     * @param subject   the kind of object, e.g. {@code "Mentorship"} or {@code "Person"}
     * @param subjectId its identity
     */
    List<DomainEvent> history(String subject, String subjectId);

    /**
     * The latest events of every object, newest first.
     *
     * @param limit at most this many, at least 1
     */
    List<DomainEvent> latestEvents(int limit);
}
