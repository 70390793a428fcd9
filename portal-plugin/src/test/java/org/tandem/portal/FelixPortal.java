package org.tandem.portal;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * A real Apache Felix framework with the bundles of {@code tandem.it.bundles} and the plug-in, Jetty on a free port
 * of 127.0.0.1, as the failsafe ITs of this module run it. {@link #close()} stops it.
 */
final class FelixPortal implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Framework framework;
    private final int port;

    private FelixPortal(Framework framework, int port) {
        this.framework = framework;
        this.port = port;
    }

    /** Boots the framework in a clean storage folder named {@code tandem.it.storage} plus {@code suffix}. */
    static FelixPortal start(String storageSuffix) throws Exception {
        Path bundles = Path.of(required("tandem.it.bundles"));
        Path plugin = Path.of(required("tandem.it.plugin"));
        int port = freePort();

        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, required("tandem.it.storage") + storageSuffix);
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put("org.osgi.service.http.port", String.valueOf(port));
        config.put("org.apache.felix.http.host", "127.0.0.1");
        Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.init();
        BundleContext context = framework.getBundleContext();

        List<Path> jars;
        try (Stream<Path> files = Files.list(bundles)) {
            jars = new ArrayList<>(files.filter(p -> p.toString().endsWith(".jar")).sorted().toList());
        }
        jars.add(plugin);
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : jars) {
            installed.add(context.installBundle(jar.toUri().toString()));
        }
        // the service loader mediator first, so that it weaves SLF4J and Jetty when they load, then the SLF4J
        // provider, so that it is registered before anyone's first log line fixes SLF4J on its no-op fallback
        List<String> first = List.of("org.apache.aries.spifly.dynamic.bundle", "slf4j.simple");
        installed.sort(Comparator.comparingInt((Bundle b) -> {
            int index = first.indexOf(b.getSymbolicName());
            return index < 0 ? first.size() : index;
        }));
        framework.start();
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start();
            }
        }
        for (Bundle bundle : installed) {
            if (bundle.getState() != Bundle.ACTIVE && bundle.getState() != Bundle.RESOLVED) {
                framework.stop();
                throw new IllegalStateException(bundle.getSymbolicName() + " did not start: state " + bundle.getState());
            }
        }
        return new FelixPortal(framework, port);
    }

    Framework framework() {
        return framework;
    }

    int port() {
        return port;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Waits until {@code path} answers 200, the whiteboard having registered the servlet that serves it. */
    void awaitOk(String path, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("GET " + path + " did not answer 200 within " + wait + "; last: " + last);
    }

    @Override
    public void close() throws BundleException, InterruptedException {
        framework.stop();
        framework.waitForStop(TimeUnit.SECONDS.toMillis(20));
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set: run through Maven (failsafe)");
        }
        if (!new File(value).isAbsolute()) {
            throw new IllegalStateException(property + " must be absolute: " + value);
        }
        return value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
