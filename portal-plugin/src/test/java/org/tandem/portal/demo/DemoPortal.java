package org.tandem.portal.demo;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.tandem.portal.Felix;

/**
 * The demo portal: Apache Felix with Declarative Services, Configuration Admin, the Jetty Servlet Whiteboard, core,
 * matching and the Tandem plug-in on embedded H2, filled with the project's fictional sample data on first start.
 * The README's run command starts it through the {@code portal-demo} profile of this module:
 *
 * <pre>
 * ./mvnw -q -Pportal-demo -pl portal-plugin -am package -DskipTests [-Ddemo.port=8080] [-Ddemo.data=tandem-demo-data]
 * </pre>
 *
 * <p>Arguments: the folder of the framework's bundles, the plug-in jar, the data folder, the framework's working
 * folder and the HTTP port. The data folder outlives the run: stopping and starting again keeps the data; deleting
 * it starts afresh. This launcher prints to the console; the library never does.
 */
public final class DemoPortal {

    private static final String TANDEM = "org.tandem.portal.TandemService";
    /** The head of the sample data's first school ({@code SampleData}), whom the demo's requests act as. */
    private static final String DEMO_USER = "sample-s2-head";
    private static final String DEMO_USER_NAME = "Ветлугин Арсений Маркович";
    /** Kept, so that the logger's level is not lost with a collected logger. */

    private DemoPortal() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: DemoPortal <bundles folder> <plug-in jar> <data folder> <work folder> <port>");
            System.exit(64);
        }
        Path bundles = Path.of(args[0]);
        Path plugin = Path.of(args[1]);
        Path data = Path.of(args[2]).toAbsolutePath().normalize();
        Path work = Path.of(args[3]).toAbsolutePath().normalize();
        int port = Integer.parseInt(args[4]);

        if (!portIsFree(port)) {
            System.err.println("Port " + port + " on 127.0.0.1 is already in use, so the demo portal cannot start.");
            System.err.println("Stop what uses it, or choose another port: add -Ddemo.port=<port> to the command.");
            System.exit(2);
        }
        // the bundles' SLF4J must not find a provider of the class path through the context class loader
        Thread.currentThread().setContextClassLoader(ClassLoader.getPlatformClassLoader());
        Logger.getLogger("").setLevel(Level.WARNING);

        boolean fresh = !Files.exists(data.resolve("tandem.mv.db"));
        System.out.println("Starting the Tandem demo portal (Apache Felix, embedded H2 in " + data + ") ...");
        Map<String, String> properties = new HashMap<>();
        properties.put("org.osgi.service.http.port", String.valueOf(port));
        properties.put("org.apache.felix.http.host", "127.0.0.1");
        properties.put("tandem.h2.folder", data.toString());
        Felix felix = Felix.start(work.resolve("felix-cache"), true, bundles, plugin, properties);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the Tandem demo portal; the data stays in " + data);
            felix.close();
        }, "tandem-demo-stop"));

        Object tandem = felix.awaitService(TANDEM, Duration.ofSeconds(120), service -> true);
        Class<?> sampleData = felix.loadClass("org.tandem.portal", "org.tandem.portal.internal.SampleData");
        Map<?, ?> added = (Map<?, ?>) Felix.call(sampleData, "loadIfEmpty", tandem);
        if (fresh) {
            System.out.println("Sample data loaded (a fictional municipality): " + added);
        } else {
            System.out.println("The data of the previous run is kept" + (Integer.valueOf(0).equals(added.get("mentees"))
                    ? "." : "; sample data added: " + added));
        }
        actAs(felix, DEMO_USER, DEMO_USER_NAME);
        String base = "http://127.0.0.1:" + port;
        awaitHttp(URI.create(base + "/tandem/api/health"));

        System.out.println();
        System.out.println("Tandem demo portal is running.");
        System.out.println("  Curator's UI: " + base + "/tandem/ui/");
        System.out.println("  JSON API:     " + base + "/tandem/api/health");
        System.out.println("  Acting as:    " + DEMO_USER_NAME + " (" + DEMO_USER + "), head of a sample school");
        System.out.println("  Data:         " + data + " (kept between runs; delete the folder to start afresh)");
        System.out.println("Press Ctrl+C to stop.");
        felix.framework().waitForStop(0);
    }

    /**
     * Makes the demo user one of the sample people: the head of a sample school, who may do everything a curator
     * does there and approve pairs (the plug-in's own default demo user holds no role in the sample data).
     */
    private static void actAs(Felix felix, String person, String name) throws Exception {
        felix.configure("org.tandem.portal.demo", Map.of("person", person, "name", name, "administrator", false));
    }

    private static boolean portIsFree(int port) throws IOException {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            return true;
        } catch (BindException e) {
            return false;
        }
    }

    private static void awaitHttp(URI uri) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the portal did not answer " + uri + " within a minute: " + last);
    }
}
