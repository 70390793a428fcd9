package org.tandem.matching.spi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Function;

import org.tandem.matching.criteria.BuiltInCriteria;
import org.tandem.matching.strategy.GreedyStrategy;
import org.tandem.matching.strategy.OptimalStrategy;
import org.tandem.matching.strategy.StableStrategy;

/**
 * The strategies, criteria and hard rules available to matching, each unique by id, in a fixed order (built-ins
 * first, then the others in the order given or found). Immutable.
 */
public final class MatchingPlugins {

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
        return of(List.of(), List.of(), List.of());
    }

    /**
     * The built-ins plus the given vendor plug-ins.
     *
     * @throws IllegalArgumentException if two plug-ins of a kind share an id
     */
    public static MatchingPlugins of(Collection<? extends MatchingStrategy> strategies,
                                     Collection<? extends Criterion> criteria, Collection<? extends HardRule> rules) {
        List<MatchingStrategy> allStrategies = new ArrayList<>(builtInStrategies());
        allStrategies.addAll(strategies);
        List<Criterion> allCriteria = new ArrayList<>(BuiltInCriteria.all());
        allCriteria.addAll(criteria);
        return new MatchingPlugins(byId(allStrategies, MatchingStrategy::id, "strategy"),
                byId(allCriteria, Criterion::id, "criterion"), byId(rules, HardRule::id, "hard rule"));
    }

    /**
     * The built-ins plus every {@link MatchingStrategy}, {@link Criterion} and {@link HardRule} that
     * {@link ServiceLoader} finds through {@code META-INF/services} with the given class loader.
     */
    public static MatchingPlugins discover(ClassLoader loader) {
        return of(load(MatchingStrategy.class, loader), load(Criterion.class, loader), load(HardRule.class, loader));
    }

    /** {@link #discover(ClassLoader)} with the thread's context class loader. */
    public static MatchingPlugins discover() {
        return discover(Thread.currentThread().getContextClassLoader());
    }

    private static List<MatchingStrategy> builtInStrategies() {
        return List.of(new OptimalStrategy(), new StableStrategy(), new GreedyStrategy());
    }

    private static <T> List<T> load(Class<T> type, ClassLoader loader) {
        List<T> found = new ArrayList<>();
        ServiceLoader.load(type, loader).forEach(found::add);
        return found;
    }

    private static <T> Map<String, T> byId(Collection<? extends T> items, Function<T, String> id, String kind) {
        Map<String, T> result = new LinkedHashMap<>();
        for (T item : items) {
            Objects.requireNonNull(item, kind);
            String key = Objects.requireNonNull(id.apply(item), kind + " id");
            if (result.putIfAbsent(key, item) != null) {
                throw new IllegalArgumentException("two " + kind + " plug-ins share the id '" + key + "': "
                        + result.get(key).getClass().getName() + " and " + item.getClass().getName());
            }
        }
        return java.util.Collections.unmodifiableMap(result);
    }

    public List<MatchingStrategy> strategies() {
        return List.copyOf(strategies.values());
    }

    public List<Criterion> criteria() {
        return List.copyOf(criteria.values());
    }

    public List<HardRule> hardRules() {
        return List.copyOf(hardRules.values());
    }

    /**
     * The strategy with the id.
     *
     * @throws IllegalArgumentException if there is none, naming the known ids
     */
    public MatchingStrategy strategy(String id) {
        MatchingStrategy strategy = strategies.get(id);
        if (strategy == null) {
            throw new IllegalArgumentException("unknown matching strategy '" + id + "'; known: " + strategies.keySet());
        }
        return strategy;
    }
}
