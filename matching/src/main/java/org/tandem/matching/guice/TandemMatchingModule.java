package org.tandem.matching.guice;

import java.util.Set;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;

import org.tandem.core.application.CommandContext;
import org.tandem.core.mentorship.Mentorships;
import org.tandem.core.mentorship.application.ProposingMentorship;
import org.tandem.core.organization.Organizations;
import org.tandem.core.people.People;
import org.tandem.core.program.Programs;
import org.tandem.matching.application.ProposingMatches;
import org.tandem.matching.spi.Criterion;
import org.tandem.matching.spi.HardRule;
import org.tandem.matching.spi.MatchingPlugins;
import org.tandem.matching.spi.MatchingStrategy;

/**
 * Wires matching next to {@code TandemCoreModule}. The built-in strategies and criteria are always there; a vendor
 * adds his own in his module:
 *
 * <pre>{@code
 * Multibinder.newSetBinder(binder(), Criterion.class).addBinding().to(MyCriterion.class);
 * Multibinder.newSetBinder(binder(), MatchingStrategy.class).addBinding().to(MyStrategy.class);
 * Multibinder.newSetBinder(binder(), HardRule.class).addBinding().to(MyRule.class);
 * }</pre>
 * An id that clashes with another plug-in's fails when {@link MatchingPlugins} is first injected.
 */
public final class TandemMatchingModule extends AbstractModule {

    @Override
    protected void configure() {
        // declared so that the sets exist even when no vendor adds anything; built-ins come from MatchingPlugins
        Multibinder.newSetBinder(binder(), MatchingStrategy.class);
        Multibinder.newSetBinder(binder(), Criterion.class);
        Multibinder.newSetBinder(binder(), HardRule.class);
    }

    @Provides
    @Singleton
    MatchingPlugins matchingPlugins(Set<MatchingStrategy> strategies, Set<Criterion> criteria, Set<HardRule> rules) {
        return MatchingPlugins.of(strategies, criteria, rules);
    }

    @Provides
    ProposingMatches proposingMatches(CommandContext context, People people, Organizations organizations,
                                      Programs programs, Mentorships mentorships, ProposingMentorship proposing,
                                      MatchingPlugins plugins) {
        return new ProposingMatches(context, people, organizations, programs, mentorships, proposing, plugins);
    }
}
