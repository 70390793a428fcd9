package org.tandem.portal.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.core.shared.LocalizedText;
import org.tandem.portal.PluginInfo;

/**
 * The services of one plug-in kind (matching strategies, criteria, hard rules, roadmap rules) that vendors'
 * bundles register, and which of them are in effect beside the built-ins.
 *
 * <p>Per id the service with the highest {@code service.ranking} wins (then the lowest {@code service.id}, as
 * {@link ServiceReference#compareTo} orders them). Built-ins count as ranking 0: a vendor service with a
 * built-in's id replaces the built-in, in the built-in's place, only when its ranking is above 0; otherwise it is
 * ignored and logged. Vendors' other plug-ins follow the built-ins in the order of their ids. A service whose id
 * cannot be read is ignored and logged. Thread-safe.
 *
 * @param <T> the plug-in interface
 */
final class PluginServices<T> {

    private static final Logger LOG = LoggerFactory.getLogger(PluginServices.class);

    /** One plug-in in effect with what the portal tells about it. */
    record Effective<T>(T plugin, PluginInfo info) {
    }

    private final String kind;
    private final Function<T, String> id;
    private final Function<T, LocalizedText> name;
    private final String builtInBundle;
    private final Map<ServiceReference<T>, T> services = new ConcurrentHashMap<>();

    /**
     * @param kind          what the plug-ins are, for the log ("strategy", "roadmap rule")
     * @param id            a plug-in's id
     * @param name          what a plug-in is called, in Russian and English
     * @param builtInBundle the bundle the built-ins come from
     */
    PluginServices(String kind, Function<T, String> id, Function<T, LocalizedText> name, String builtInBundle) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.builtInBundle = Objects.requireNonNull(builtInBundle, "builtInBundle");
    }

    /** A service came or its properties changed. */
    void put(ServiceReference<T> reference, T service) {
        services.put(reference, service);
    }

    /** A service went. */
    void remove(ServiceReference<T> reference) {
        services.remove(reference);
    }

    /** The plug-ins in effect now: the built-ins, each replaced by a better ranked service, then the vendors'. */
    List<Effective<T>> effective(List<? extends T> builtIns) {
        Map<String, Effective<T>> result = new LinkedHashMap<>();
        for (T builtIn : builtIns) {
            String key = id.apply(builtIn);
            result.put(key, new Effective<>(builtIn, new PluginInfo(key, name.apply(builtIn), true, 0, builtInBundle)));
        }
        Map<String, Map.Entry<ServiceReference<T>, T>> winners = new TreeMap<>();
        for (Map.Entry<ServiceReference<T>, T> entry : services.entrySet()) {
            String key;
            try {
                key = id.apply(entry.getValue());
            } catch (RuntimeException e) {
                LOG.warn("Ignoring the {} of {}: its id failed", kind, entry.getKey(), e);
                continue;
            }
            if (key == null || key.isBlank()) {
                LOG.warn("Ignoring the {} of {}: it has no id", kind, entry.getKey());
                continue;
            }
            winners.merge(key, entry, (a, b) -> a.getKey().compareTo(b.getKey()) >= 0 ? a : b);
        }
        List<Effective<T>> vendors = new ArrayList<>();
        winners.forEach((key, entry) -> {
            int ranking = ranking(entry.getKey());
            LocalizedText label;
            try {
                label = Objects.requireNonNull(name.apply(entry.getValue()), "name");
            } catch (RuntimeException e) {
                LOG.warn("Ignoring the {} '{}' of {}: its name failed", kind, key, entry.getKey(), e);
                return;
            }
            Effective<T> vendor = new Effective<>(entry.getValue(),
                    new PluginInfo(key, label, false, ranking, bundleOf(entry.getKey())));
            if (!result.containsKey(key)) {
                vendors.add(vendor);
            } else if (ranking > 0) {
                LOG.info("The {} '{}' of {} (ranking {}) replaces the built-in", kind, key, vendor.info().bundle(),
                        ranking);
                result.put(key, vendor);
            } else {
                LOG.warn("Ignoring the {} '{}' of {}: a built-in has that id and the service's ranking {} is not "
                        + "above the built-in's 0", kind, key, vendor.info().bundle(), ranking);
            }
        });
        List<Effective<T>> all = new ArrayList<>(result.values());
        all.addAll(vendors);
        return List.copyOf(all);
    }

    private static String bundleOf(ServiceReference<?> reference) {
        return reference.getBundle() == null ? "?" : reference.getBundle().getSymbolicName();
    }

    private static int ranking(ServiceReference<?> reference) {
        return reference.getProperty(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0;
    }
}
