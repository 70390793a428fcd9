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
import org.tandem.core.questionnaire.ColumnMappings;
import org.tandem.core.roadmap.store.Roadmaps;
import org.tandem.core.shared.DomainEvents;
import org.tandem.matching.application.ProposingMatches;
import org.tandem.matching.spi.MatchingPlugins;

/**
 * Tandem as an OSGi service: core's repositories and use cases, wired for the portal, with the portal's settings
 * (Configuration Admin PID {@code org.tandem.portal}) and the matching plug-ins registered as services.
 *
 * <p>In this release the repositories are core's in-memory ones: what the portal records is lost when the bundle
 * stops. Storing them in a database inside OSGi comes with a later release.
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

    /** The strategies in effect, built-ins first, then the vendors' in id order. */
    List<PluginInfo> strategies();

    /** The criteria in effect, built-ins first, then the vendors' in id order. */
    List<PluginInfo> criteria();

    /** The built-in and the vendors' strategies and criteria in effect now; a new value after every change. */
    MatchingPlugins matchingPlugins();

    People people();

    Organizations organizations();

    Programs programs();

    Mentorships mentorships();

    PersonalizedPrograms personalizedPrograms();

    DomainEvents events();

    /** The roadmaps organizations keep, with their executions. */
    Roadmaps roadmaps();

    /** The column mappings organizations saved for importing questionnaires. */
    ColumnMappings columnMappings();

    /**
     * Runs {@code work} as one unit: what it changes is kept only if it returns normally; an exception leaves
     * nothing of it. Use it around every use case a request runs.
     */
    <T> T inTransaction(Supplier<T> work);

    CommandContext commandContext();

    EnrollingParticipant enrollingParticipant();

    OpeningProgram openingProgram();

    ProposingMentorship proposingMentorship();

    ApprovingMentorship approvingMentorship();

    /** Matching with the plug-ins in effect when called. */
    ProposingMatches proposingMatches();
}
