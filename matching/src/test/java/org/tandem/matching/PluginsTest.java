package org.tandem.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.Multibinder;
import org.junit.jupiter.api.Test;
import org.tandem.core.guice.TandemCoreModule;
import org.tandem.matching.application.ProposingMatches;
import org.tandem.matching.guice.TandemMatchingModule;
import org.tandem.matching.spi.Criterion;
import org.tandem.matching.spi.MatchingPlugins;
import org.tandem.matching.spi.MatchingStrategy;
import org.tandem.matching.testkit.FirstFitStrategy;

class PluginsTest {

    @Test
    void builtInsAreThreeStrategiesAndSixCriteria() {
        MatchingPlugins plugins = MatchingPlugins.builtIns();
        assertThat(plugins.strategies()).extracting(MatchingStrategy::id).containsExactly("optimal", "stable", "greedy");
        assertThat(plugins.criteria()).extracting(Criterion::id)
                .containsExactly("deficits", "subject", "experience", "format", "schedule", "preferences");
        assertThat(plugins.hardRules()).isEmpty();
    }

    @Test
    void serviceLoaderFindsAVendorsCriterionAndStrategy() {
        MatchingPlugins plugins = MatchingPlugins.discover(PluginsTest.class.getClassLoader());
        assertThat(plugins.criteria()).extracting(Criterion::id).contains("deficits", "vendor-achievements");
        assertThat(plugins.strategy("vendor-first-fit")).isInstanceOf(FirstFitStrategy.class);
    }

    @Test
    void aDiscoveredCriterionTakesPartAndCanBeWeighted() {
        MatchingPlugins plugins = MatchingPlugins.discover(PluginsTest.class.getClassLoader());
        MatchingProblem problem = Hand.problem().plugins(plugins).mentor(Hand.mentor("m").person(), 0)
                .mentee(Hand.mentee("e").person())
                .settings(MatchingSettings.defaults().withWeight("vendor-achievements", 4)).build();
        ProposedPair pair = plugins.strategy("optimal").propose(problem).pairs().get(0);
        assertThat(pair.contributions()).extracting(Contribution::criterionId).contains("vendor-achievements");
        assertThat(pair.explanation().en()).contains("achievements: 0");
    }

    @Test
    void clashingIdsAndUnknownStrategiesAreErrors() {
        assertThatThrownBy(() -> MatchingPlugins.of(List.of(new org.tandem.matching.strategy.OptimalStrategy()),
                List.of(), List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'optimal'");
        assertThatThrownBy(() -> MatchingPlugins.builtIns().strategy("magic"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown matching strategy 'magic'");
    }

    @Test
    void guiceMultibindingsAddVendorPluginsAndWireTheUseCase() {
        Injector injector = Guice.createInjector(new TandemCoreModule(), new TandemMatchingModule(),
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        Multibinder.newSetBinder(binder(), Criterion.class).addBinding()
                                .to(VendorPlugins.Achievements.class);
                        Multibinder.newSetBinder(binder(), MatchingStrategy.class).addBinding()
                                .to(FirstFitStrategy.class);
                    }
                });
        MatchingPlugins plugins = injector.getInstance(MatchingPlugins.class);
        assertThat(plugins.criteria()).extracting(Criterion::id).contains("vendor-achievements");
        assertThat(plugins.strategies()).extracting(MatchingStrategy::id).contains("optimal", "vendor-first-fit");
        assertThat(injector.getInstance(ProposingMatches.class)).isNotNull();
    }
}
