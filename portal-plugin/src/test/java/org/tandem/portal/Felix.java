package org.tandem.portal;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.startlevel.BundleStartLevel;

/**
 * A real Apache Felix framework with the bundles of a folder and the plug-in, for the integration tests and the demo
 * portal. Code on the plain class path cannot see classes inside bundles: it talks to services by reflection on
 * the bundles' own classes ({@link #call}).
 */
public final class Felix implements AutoCloseable {

    private static final List<String> FIRST = List.of("org.apache.aries.spifly.dynamic.bundle", "slf4j.simple");

    private final Framework framework;

    private Felix(Framework framework) {
        this.framework = framework;
    }

    /**
     * Boots a framework on {@code storage} and starts every bundle of {@code bundles} and {@code plugin}.
     *
     * @param clean      whether to wipe the framework storage first; false keeps the installed bundles' data
     * @param properties further framework properties (HTTP port, Tandem's H2 folder, ...)
     */
    public static Felix start(Path storage, boolean clean, Path bundles, Path plugin, Map<String, String> properties)
            throws Exception {
        Map<String, String> config = new HashMap<>(properties);
        config.put(Constants.FRAMEWORK_STORAGE, storage.toAbsolutePath().toString());
        if (clean) {
            config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        }
        config.putIfAbsent("org.apache.felix.http.host", "127.0.0.1");
        config.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, String.valueOf(FIRST.size() + 1));
        Framework framework = ServiceLoader.load(FrameworkFactory.class, Felix.class.getClassLoader()).iterator().next().newFramework(config);
        framework.init();
        Felix felix = new Felix(framework);
        try {
            BundleContext context = framework.getBundleContext();
            List<Path> jars;
            try (Stream<Path> files = Files.list(bundles)) {
                jars = new ArrayList<>(files.filter(p -> p.toString().endsWith(".jar")).sorted().toList());
            }
            jars.add(plugin);
            List<Bundle> installed = new ArrayList<>();
            for (Path jar : jars) {
                // on a kept storage the bundles are installed already: installBundle returns them
                installed.add(context.installBundle(jar.toUri().toString()));
            }
            // start levels, so that a restart on kept storage starts them in the same order: the service loader
            // mediator first, so that it weaves SLF4J and Jetty when they load, then the SLF4J provider, so that it
            // is registered before anyone's first log line fixes SLF4J on its no-op fallback, then the rest
            for (Bundle bundle : installed) {
                int index = FIRST.indexOf(bundle.getSymbolicName());
                bundle.adapt(BundleStartLevel.class).setStartLevel(index < 0 ? FIRST.size() + 1 : index + 1);
                if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                    bundle.start();   // marks it; the framework starts it when its level is reached
                }
            }
            framework.start();
            await(Duration.ofSeconds(60), "all bundles started", () -> installed.stream().allMatch(b ->
                    b.getState() == Bundle.ACTIVE || b.getHeaders().get(Constants.FRAGMENT_HOST) != null
                            && b.getState() == Bundle.RESOLVED));
            return felix;
        } catch (Exception e) {
            felix.close();
            throw e;
        }
    }

    public Framework framework() {
        return framework;
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    public Bundle bundle(String symbolicName) {
        return Arrays.stream(context().getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no bundle " + symbolicName));
    }

    /** A class of a bundle, internal ones too. */
    public Class<?> loadClass(String symbolicName, String className) throws ClassNotFoundException {
        return bundle(symbolicName).loadClass(className);
    }

    /** The reference of a service by interface name, or null; all references, whatever package wiring they see. */
    public ServiceReference<?> reference(String className) throws Exception {
        ServiceReference<?>[] references = context().getAllServiceReferences(className, null);
        return references == null || references.length == 0 ? null : references[0];
    }

    /**
     * Waits until a service of {@code className} is registered and {@code ready} holds for it (exceptions of the
     * predicate, such as those of a component being deactivated, count as not ready).
     */
    public Object awaitService(String className, Duration wait, Predicate<Object> ready) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        Throwable last = null;
        while (System.nanoTime() < deadline) {
            ServiceReference<?> reference = reference(className);
            if (reference != null) {
                Object service = context().getService(reference);
                try {
                    if (service != null && ready.test(service)) {
                        return service;
                    }
                } catch (RuntimeException e) {
                    last = e;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no ready " + className + " within " + wait, last);
    }

    /** Waits until {@code condition} returns true; exceptions count as false. */
    public static void await(Duration wait, String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        Throwable last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(condition.call())) {
                    return;
                }
            } catch (Exception | AssertionError e) {
                last = e;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within " + wait + ": " + what, last);
    }

    /**
     * Sets the properties of a configuration through Configuration Admin; {@code null} deletes the configuration.
     */
    public void configure(String pid, Map<String, ?> properties) throws Exception {
        ServiceReference<?> reference = reference("org.osgi.service.cm.ConfigurationAdmin");
        if (reference == null) {
            throw new IllegalStateException("no Configuration Admin");
        }
        Object admin = context().getService(reference);
        Class<?> adminType = reference.getBundle().loadClass("org.osgi.service.cm.ConfigurationAdmin");
        Class<?> configurationType = reference.getBundle().loadClass("org.osgi.service.cm.Configuration");
        Object configuration = adminType.getMethod("getConfiguration", String.class, String.class)
                .invoke(admin, pid, "?");
        if (properties == null) {
            configurationType.getMethod("delete").invoke(configuration);
        } else {
            configurationType.getMethod("update", Dictionary.class).invoke(configuration, new Hashtable<>(properties));
        }
        context().ungetService(reference);
    }

    /** Implementation class name to state (ACTIVE, UNSATISFIED_REFERENCE, ...) of each component of a bundle. */
    public Map<String, String> componentStates(String symbolicName) throws Exception {
        // all references: the system bundle is wired to no copy of the DS API, so the assignable filter would hide it
        ServiceReference<?> reference = reference("org.osgi.service.component.runtime.ServiceComponentRuntime");
        if (reference == null) {
            throw new IllegalStateException("no ServiceComponentRuntime");
        }
        Object scr = context().getService(reference);
        Bundle api = bundle("org.osgi.service.component");
        Class<?> runtime = api.loadClass("org.osgi.service.component.runtime.ServiceComponentRuntime");
        Class<?> description = api.loadClass("org.osgi.service.component.runtime.dto.ComponentDescriptionDTO");
        Object bundles = Array.newInstance(Bundle.class, 1);
        Array.set(bundles, 0, bundle(symbolicName));
        Method descriptions = runtime.getMethod("getComponentDescriptionDTOs", bundles.getClass());
        Method configurations = runtime.getMethod("getComponentConfigurationDTOs", description);
        Map<String, String> states = new HashMap<>();
        for (Object dto : (Iterable<?>) descriptions.invoke(scr, bundles)) {
            String implementation = (String) description.getField("implementationClass").get(dto);
            String state = "NONE";
            for (Object configuration : (Iterable<?>) configurations.invoke(scr, dto)) {
                int value = configuration.getClass().getField("state").getInt(configuration);
                state = switch (value) {
                    case 1 -> "UNSATISFIED_CONFIGURATION";
                    case 2 -> "UNSATISFIED_REFERENCE";
                    case 4 -> "SATISFIED";
                    case 8 -> "ACTIVE";
                    case 16 -> "FAILED_ACTIVATION";
                    default -> "STATE_" + value;
                };
            }
            states.put(implementation, state);
        }
        context().ungetService(reference);
        return states;
    }

    /**
     * Calls a public method by name and number of arguments on {@code target} (an instance, or a {@link Class} for a
     * static method), unwrapping what the method threw.
     */
    public static Object call(Object target, String method, Object... args) throws Exception {
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        List<Class<?>> candidates = new ArrayList<>();
        candidates.add(type);
        // a public interface method of a non-exported implementation class
        candidates.addAll(Arrays.asList(type.getInterfaces()));
        for (Class<?> candidate : candidates) {
            for (Method m : candidate.getMethods()) {
                if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                    try {
                        m.setAccessible(true);
                        return m.invoke(target instanceof Class<?> ? null : target, args);
                    } catch (InvocationTargetException e) {
                        if (e.getCause() instanceof Exception cause) {
                            throw cause;
                        }
                        throw e;
                    } catch (IllegalArgumentException e) {
                        // another overload with as many parameters
                    }
                }
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + method + " with " + args.length + " arguments");
    }

    /** Stops the framework and waits for it. */
    @Override
    public void close() {
        try {
            framework.stop();
            framework.waitForStop(Duration.ofSeconds(30).toMillis());
        } catch (BundleException e) {
            throw new IllegalStateException("the framework did not stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
