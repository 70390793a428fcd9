package org.tandem.portal;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import org.osgi.framework.Bundle;
import org.osgi.framework.launch.Framework;

/**
 * A real Apache Felix framework for the integration tests: Declarative Services, Configuration Admin and the Jetty 12
 * Servlet Whiteboard on a free port of 127.0.0.1, with core, matching and the plug-in and what they import (the
 * {@code it-bundles} of this module's POM), plus HTTP helpers for the JSON API.
 */
final class TandemFelix implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);
    private static final String DEMO_USER_PID = "org.tandem.portal.demo";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Felix felix;
    private final int port;

    private TandemFelix(Felix felix, int port) {
        this.felix = felix;
        this.port = port;
    }

    /** Boots a framework whose cache is the subfolder {@code name} of the IT storage, and starts every bundle. */
    static TandemFelix start(String name) throws Exception {
        int port = freePort();
        Felix felix = Felix.start(Path.of(required("tandem.it.storage")).resolve(name), true,
                Path.of(required("tandem.it.bundles")), Path.of(required("tandem.it.plugin")),
                Map.of("org.osgi.service.http.port", String.valueOf(port)));
        TandemFelix tandem = new TandemFelix(felix, port);
        tandem.actAsDemoAdministrator();
        return tandem;
    }

    @Override
    public void close() throws Exception {
        felix.close();
    }

    /**
     * Configures the demo user, who exists only when configured, as a portal administrator who sets Tandem up, and
     * waits until the API knows him.
     */
    void actAsDemoAdministrator() throws Exception {
        felix.configure(DEMO_USER_PID, Map.of("person", "demo-curator", "name", "Демо Куратор", "administrator", true));
        awaitResponse("/tandem/api/me", "en", r -> r.statusCode() == 200);
    }

    /** Removes the demo user's configuration: with no host service either, nobody acts. */
    void removeDemoUser() throws Exception {
        felix.configure(DEMO_USER_PID, null);
    }

    Framework framework() {
        return felix.framework();
    }

    int port() {
        return port;
    }

    Bundle bundle(String symbolicName) {
        return felix.bundle(symbolicName);
    }

    /** Implementation class name to state of each component of a bundle, from the ServiceComponentRuntime. */
    Map<String, String> componentStates(String symbolicName) throws Exception {
        return felix.componentStates(symbolicName);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> get(String path, String language) throws Exception {
        return send("GET", path, language, null, null, Map.of());
    }

    /** Sends a request; {@code body} null sends none. */
    HttpResponse<String> send(String method, String path, String language, String contentType, byte[] body,
                              Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Repeats a GET until {@code ready} holds, for services that come up or change asynchronously. */
    HttpResponse<String> awaitResponse(String path, String language, Predicate<HttpResponse<String>> ready)
            throws Exception {
        return awaitResponse(path, language, Map.of(), ready);
    }

    HttpResponse<String> awaitResponse(String path, String language, Map<String, String> headers,
                                       Predicate<HttpResponse<String>> ready) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        HttpResponse<String> last = null;
        Exception failure = null;
        while (System.nanoTime() < deadline) {
            try {
                last = send("GET", path, language, null, null, headers);
                if (ready.test(last)) {
                    return last;
                }
            } catch (IOException e) {
                failure = e;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("GET " + path + " not as expected within " + WAIT + "; last: "
                + (last == null ? "no answer" : last.statusCode() + " " + last.body()), failure);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** An absolute path that failsafe passes as a system property. */
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
}
