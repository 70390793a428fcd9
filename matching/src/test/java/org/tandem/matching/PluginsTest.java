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
    void anOverrideReplacesABuiltInStrategyInPlaceAndIsTheOneProposing() {
        MatchingStrategy vendorOptimal = new RenamedStrategy("optimal", new FirstFitStrategy());
        MatchingPlugins plugins = MatchingPlugins.builder().override(vendorOptimal).build();

        assertThat(plugins.strategies()).extracting(MatchingStrategy::id).containsExactly("optimal", "stable", "greedy");
        assertThat(plugins.strategy("optimal")).isSameAs(vendorOptimal);
        MatchingProblem problem = Hand.problem().plugins(plugins).mentor(Hand.mentor("m").person(), 0)
                .mentee(Hand.mentee("e").person()).build();
        assertThat(plugins.strategy("optimal").propose(problem).matchedCount()).isEqualTo(1);
        // the built-in set is not changed by an override elsewhere
        assertThat(MatchingPlugins.builtIns().strategy("optimal")).isNotSameAs(vendorOptimal);
    }

    @Test
    void anOverriddenBuiltInCriterionScoresPairsUnderItsIdAndWeight() {
        Criterion vendorDeficits = new VendorPlugins.Renamed("deficits", new VendorPlugins.Achievements());
        MatchingPlugins plugins = MatchingPlugins.builder().override(vendorDeficits).build();

        assertThat(plugins.criteria()).extracting(Criterion::id)
                .containsExactly("deficits", "subject", "experience", "format", "schedule", "preferences");
        assertThat(plugins.criterion("deficits")).isSameAs(vendorDeficits);
        MatchingProblem problem = Hand.problem().plugins(plugins).mentor(Hand.mentor("m").person(), 0)
                .mentee(Hand.mentee("e").person()).build();
        ProposedPair pair = plugins.strategy("optimal").propose(problem).pairs().get(0);
        assertThat(pair.contributions()).filteredOn(c -> c.criterionId().equals("deficits")).hasSize(1);
        assertThat(pair.explanation().en()).contains("achievements: 0");
    }

    @Test
    void addingADuplicateIdFailsAndNamesTheIdAndTheWayToOverride() {
        MatchingPlugins.Builder builder = MatchingPlugins.builder();
        assertThatThrownBy(() -> builder.add(new org.tandem.matching.strategy.OptimalStrategy()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("strategy")
                .hasMessageContaining("'optimal'")
                .hasMessageContaining("override");
        assertThatThrownBy(() -> builder.add(new VendorPlugins.Renamed("subject", new VendorPlugins.Achievements())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("criterion")
                .hasMessageContaining("'subject'");
        builder.add(new VendorPlugins.Achievements());
        assertThatThrownBy(() -> builder.add(new VendorPlugins.Achievements()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'vendor-achievements'");
        assertThat(builder.build().criteria()).extracting(Criterion::id).endsWith("vendor-achievements");
    }

    @Test
    void anOverrideOfANewIdAddsItAndTheLastOverrideOfAnIdWins() {
        MatchingStrategy first = new RenamedStrategy("vendor-x", new FirstFitStrategy());
        MatchingStrategy second = new RenamedStrategy("vendor-x", new FirstFitStrategy());
        MatchingPlugins plugins = MatchingPlugins.builder().override(first).override(second).build();
        assertThat(plugins.strategies()).extracting(MatchingStrategy::id)
                .containsExactly("optimal", "stable", "greedy", "vendor-x");
        assertThat(plugins.strategy("vendor-x")).isSameAs(second);
    }

    @Test
    void aBuiltPluginSetIsNotChangedByLaterBuilderCalls() {
        MatchingPlugins.Builder builder = MatchingPlugins.builder();
        MatchingPlugins before = builder.build();
        builder.override(new RenamedStrategy("optimal", new FirstFitStrategy())).add(new FirstFitStrategy());
        assertThat(before.strategies()).extracting(MatchingStrategy::id).containsExactly("optimal", "stable", "greedy");
        assertThat(before.strategy("optimal")).isInstanceOf(org.tandem.matching.strategy.OptimalStrategy.class);
    }

    @Test
    void nullPluginsAndNullIdsAreRejected() {
        MatchingPlugins.Builder builder = MatchingPlugins.builder();
        assertThatThrownBy(() -> builder.add((MatchingStrategy) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> builder.override((Criterion) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> builder.override(new RenamedStrategy(null, new FirstFitStrategy())))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> MatchingPlugins.builtIns().criterion("nope"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown matching criterion 'nope'");
    }

    /** A vendor strategy that proposes like another but under its own id. */
    private record RenamedStrategy(String id, MatchingStrategy delegate) implements MatchingStrategy {
        @Override
        public org.tandem.core.shared.LocalizedText name() {
            return delegate.name();
        }

        @Override
        public Proposal propose(MatchingProblem problem) {
            return delegate.propose(problem);
        }
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
