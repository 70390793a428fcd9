package org.tandem.matching.spi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.tandem.core.shared.DomainRuleException;
import org.tandem.matching.criteria.BuiltInCriteria;
import org.tandem.matching.strategy.GreedyStrategy;
import org.tandem.matching.strategy.OptimalStrategy;
import org.tandem.matching.strategy.StableStrategy;

/**
 * The strategies, criteria and hard rules available to matching, each unique by id, in a fixed order (built-ins
 * first, then the others in the order given or found). Immutable.
 *
 * <p>Two ways to build one:
 * <ul>
 *   <li>{@link #of} and {@link #discover}: the built-ins plus vendor plug-ins, every id unique; a vendor plug-in
 *       whose id is a built-in's is an error;</li>
 *   <li>{@link #builder()}: the built-ins, then {@link Builder#add add} for new ids (a duplicate id is an error)
 *       and {@link Builder#override override} to replace the plug-in that has an id, a built-in included. A host
 *       such as an OSGi portal that ranks vendor services calls {@code override} with the best ranked service per
 *       id.</li>
 * </ul>
 */
public final class MatchingPlugins {

    private static final Logger LOG = LoggerFactory.getLogger(MatchingPlugins.class);

    private final Map<String, MatchingStrategy> strategies;
    private final Map<String, Criterion> criteria;
    private final Map<String, HardRule> hardRules;

    private MatchingPlugins(Map<String, MatchingStrategy> strategies, Map<String, Criterion> criteria,
                            Map<String, HardRule> hardRules) {
        this.strategies = strategies;
        this.criteria = criteria;
        this.hardRules = hardRules;
    }

    /** The built-in strategies and criteria, no vendor rules. */
    public static MatchingPlugins builtIns() {
        return builder().build();
    }

    /**
     * The built-ins plus the given vendor plug-ins.
     *
     * @throws IllegalArgumentException if two plug-ins of a kind share an id, a built-in's included (use
     *     {@link #builder()} and {@link Builder#override} to replace a built-in)
     * @throws NullPointerException if a collection, a plug-in or its id is null
     */
    public static MatchingPlugins of(Collection<? extends MatchingStrategy> strategies,
                                     Collection<? extends Criterion> criteria, Collection<? extends HardRule> rules) {
        Builder builder = builder();
        Objects.requireNonNull(strategies, "strategies").forEach(builder::add);
        Objects.requireNonNull(criteria, "criteria").forEach(builder::add);
        Objects.requireNonNull(rules, "rules").forEach(builder::add);
        return builder.build();
    }

    /**
     * The built-ins plus every {@link MatchingStrategy}, {@link Criterion} and {@link HardRule} that
     * {@link ServiceLoader} finds through {@code META-INF/services} with the given class loader.
     *
     * @throws IllegalArgumentException if two plug-ins of a kind share an id, a built-in's included
     */
    public static MatchingPlugins discover(ClassLoader loader) {
        return of(load(MatchingStrategy.class, loader), load(Criterion.class, loader), load(HardRule.class, loader));
    }

    /** {@link #discover(ClassLoader)} with the thread's context class loader. */
    public static MatchingPlugins discover() {
        return discover(Thread.currentThread().getContextClassLoader());
    }

    /**
     * A builder that starts with the built-in strategies ({@code optimal}, {@code stable}, {@code greedy}) and
     * criteria ({@code deficits}, {@code subject}, {@code experience}, {@code format}, {@code schedule},
     * {@code preferences}) and no hard rules.
     */
    public static Builder builder() {
        return new Builder();
    }

    private static List<MatchingStrategy> builtInStrategies() {
        return List.of(new OptimalStrategy(), new StableStrategy(), new GreedyStrategy());
    }

    private static <T> List<T> load(Class<T> type, ClassLoader loader) {
        List<T> found = new ArrayList<>();
        ServiceLoader.load(type, loader).forEach(found::add);
        return found;
    }

    /**
     * Collects plug-ins by id for {@link MatchingPlugins}. Not thread-safe; the {@link MatchingPlugins} it builds
     * is immutable, and later changes to the builder do not affect it.
     *
     * <p>{@code add} refuses an id that is already taken (a built-in's or an earlier plug-in's), so a clash is never
     * silent. {@code override} replaces the plug-in of the same kind with the same id, keeping its place in the
     * order, and adds the plug-in at the end when no plug-in has that id yet; the last override of an id wins.
     */
    public static final class Builder {

        private final Map<String, MatchingStrategy> strategies = new LinkedHashMap<>();
        private final Map<String, Criterion> criteria = new LinkedHashMap<>();
        private final Map<String, HardRule> hardRules = new LinkedHashMap<>();

        private Builder() {
            builtInStrategies().forEach(s -> strategies.put(s.id(), s));
            BuiltInCriteria.all().forEach(c -> criteria.put(c.id(), c));
        }

        /**
         * Adds a strategy under a new id.
         *
         * @throws IllegalArgumentException if a strategy with that id is already present
         * @throws NullPointerException if the strategy or its id is null
         */
        public Builder add(MatchingStrategy strategy) {
            put(strategies, strategy, MatchingStrategy::id, "strategy", false);
            return this;
        }

        /**
         * Adds a criterion under a new id.
         *
         * @throws IllegalArgumentException if a criterion with that id is already present
         * @throws NullPointerException if the criterion or its id is null
         */
        public Builder add(Criterion criterion) {
            put(criteria, criterion, Criterion::id, "criterion", false);
            return this;
        }

        /**
         * Adds a hard rule under a new id.
         *
         * @throws IllegalArgumentException if a hard rule with that id is already present
         * @throws NullPointerException if the rule or its id is null
         */
        public Builder add(HardRule rule) {
            put(hardRules, rule, HardRule::id, "hard rule", false);
            return this;
        }

        /**
         * Puts the strategy in place of the one with the same id (a built-in or an earlier one), or adds it when
         * there is none.
         *
         * @throws NullPointerException if the strategy or its id is null
         */
        public Builder override(MatchingStrategy strategy) {
            put(strategies, strategy, MatchingStrategy::id, "strategy", true);
            return this;
        }

        /**
         * Puts the criterion in place of the one with the same id (a built-in or an earlier one), or adds it when
         * there is none. Weights keep referring to the id, so an organization's weight for a built-in criterion
         * applies to its replacement.
         *
         * @throws NullPointerException if the criterion or its id is null
         */
        public Builder override(Criterion criterion) {
            put(criteria, criterion, Criterion::id, "criterion", true);
            return this;
        }

        /**
         * Puts the hard rule in place of the one with the same id, or adds it when there is none.
         *
         * @throws NullPointerException if the rule or its id is null
         */
        public Builder override(HardRule rule) {
            put(hardRules, rule, HardRule::id, "hard rule", true);
            return this;
        }

        /** Returns an immutable snapshot of the plug-ins collected so far. */
        public MatchingPlugins build() {
            return new MatchingPlugins(Collections.unmodifiableMap(new LinkedHashMap<>(strategies)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(criteria)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(hardRules)));
        }

        private <T> void put(Map<String, T> items, T item, Function<T, String> id, String kind, boolean replace) {
            Objects.requireNonNull(item, kind);
            String key = Objects.requireNonNull(id.apply(item), kind + " id");
            T previous = items.get(key);
            if (previous != null && !replace) {
                throw new IllegalArgumentException("two " + kind + " plug-ins share the id '" + key + "': "
                        + previous.getClass().getName() + " and " + item.getClass().getName()
                        + "; use MatchingPlugins.builder().override(...) to replace the first");
            }
            items.put(key, item);
            if (previous != null && previous != item) {
                LOG.info("The matching {} '{}' of {} replaces {}", kind, key, item.getClass().getName(),
                        previous.getClass().getName());
            }
        }
    }

    /** The strategies, built-ins first (a replaced built-in keeps its place), then the added ones in order. */
    public List<MatchingStrategy> strategies() {
        return List.copyOf(strategies.values());
    }

    /** The criteria, built-ins first (a replaced built-in keeps its place), then the added ones in order. */
    public List<Criterion> criteria() {
        return List.copyOf(criteria.values());
    }

    /** The vendors' hard rules in the order added; there are no built-in ones here. */
    public List<HardRule> hardRules() {
        return List.copyOf(hardRules.values());
    }

    /**
     * The criterion with the id.
     *
     * @throws IllegalArgumentException if there is none, naming the known ids
     */
    public Criterion criterion(String id) {
        Criterion criterion = criteria.get(id);
        if (criterion == null) {
            throw new DomainRuleException("Нет критерия подбора «" + id + "»; известны: " + criteria.keySet() + ".",
                    "unknown matching criterion '" + id + "'; known: " + criteria.keySet());
        }
        return criterion;
    }

    /**
     * The strategy with the id.
     *
     * @throws IllegalArgumentException if there is none, naming the known ids
     */
    public MatchingStrategy strategy(String id) {
        MatchingStrategy strategy = strategies.get(id);
        if (strategy == null) {
            throw new DomainRuleException("Нет стратегии подбора «" + id + "»; известны: " + strategies.keySet() + ".",
                    "unknown matching strategy '" + id + "'; known: " + strategies.keySet());
        }
        return strategy;
    }
}
