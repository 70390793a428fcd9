package org.tandem.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;

/**
 * Tandem's storage inside a real Felix: the components activate on embedded H2 in the bundle's data area, what is
 * written through {@code TandemService} survives restarting the plug-in bundle and the whole framework, a host's
 * {@code javax.sql.DataSource} service is taken when one matches, changing {@code dataSource.target} in the
 * configuration moves Tandem to another one, {@code dataSource.cardinality.minimum=1} forbids the fall-back to the
 * embedded database, and {@code h2Folder} moves the embedded database.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PersistenceInOsgiIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TANDEM = "org.tandem.portal.TandemService";
    private static final String PLUGIN = "org.tandem.portal";
    private static final String MARKER = "it-marker-region";

    private static Path storage;
    private static Path hostDatabases;
    private static Felix felix;
    private static ServiceRegistration<?> hostRegistration;
    private static JdbcDataSource host;

    @BeforeAll
    static void startFramework() throws Exception {
        storage = Path.of(TandemFelix.required("tandem.it.storage") + "-persistence");
        hostDatabases = storage.resolveSibling("it-host-databases");
        delete(hostDatabases);
        felix = boot(true);
    }

    @AfterAll
    static void stopFramework() {
        if (felix != null) {
            felix.close();
        }
    }

    @Test
    @Order(1)
    void the_components_activate_on_embedded_h2_in_the_bundles_data_area() throws Exception {
        Object tandem = tandem(service -> true);

        assertThat(felix.componentStates(PLUGIN)).containsEntry("org.tandem.portal.internal.TandemStorage", "ACTIVE")
                .containsEntry("org.tandem.portal.internal.TandemServiceImpl", "ACTIVE");
        assertThat(organizations(tandem)).isEmpty();
        long pluginId = felix.bundle(PLUGIN).getBundleId();
        assertThat(storage.resolve("bundle" + pluginId).resolve("data/tandem/tandem.mv.db")).isRegularFile();
    }

    @Test
    @Order(2)
    void sample_data_and_a_change_in_a_transaction_survive_restarting_the_plugin_bundle() throws Exception {
        Object tandem = tandem(service -> true);
        Map<String, Integer> added = loadSampleData(tandem);
        assertThat(added).containsEntry("organizations", 5).containsEntry("mentors", 10).containsEntry("mentees", 25)
                .containsEntry("programs", 3).containsEntry("roadmaps", 2);
        saveMarker(tandem);
        assertThat(organizations(tandem)).hasSize(6).contains(MARKER);
        // a transaction that throws keeps nothing
        Object region = region("it-rolled-back");
        try {
            Felix.call(tandem, "inTransaction", (Supplier<Object>) () -> {
                try {
                    Felix.call(Felix.call(tandem, "organizations"), "save", region);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                throw new IllegalStateException("the request failed");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("the request failed");
        }
        assertThat(organizations(tandem)).doesNotContain("it-rolled-back");

        Bundle plugin = felix.bundle(PLUGIN);
        plugin.stop();
        plugin.start();

        Object restarted = tandem(service -> service != tandem);
        assertThat(organizations(restarted)).hasSize(6).contains(MARKER, "sample-yasnoborsk");
        assertThat(people(restarted, "sample-s2-mentee-1")).isTrue();
        assertThat((List<?>) Felix.call(restarted, "history", "Person", "sample-s2-mentee-1")).isNotEmpty();
        // the stored roadmaps came back with their executions, and nothing is loaded twice
        Object schoolRoadmapId = felix.loadClass(PLUGIN, "org.tandem.portal.internal.SampleData")
                .getField("SCHOOL_ROADMAP").get(null);
        Object schoolRoadmap = ((java.util.Optional<?>) Felix.call(Felix.call(restarted, "roadmaps"), "find",
                schoolRoadmapId)).orElseThrow();
        assertThat((List<?>) Felix.call(Felix.call(schoolRoadmap, "executions"), "executions")).hasSize(2);
        assertThat(loadSampleData(restarted)).containsEntry("mentees", 0).containsEntry("organizations", 0)
                .containsEntry("roadmaps", 0);
    }

    @Test
    @Order(3)
    void the_data_survives_restarting_the_whole_framework_on_the_same_storage() throws Exception {
        felix.close();
        felix = null;
        felix = boot(false);

        Object tandem = tandem(service -> true);
        assertThat(organizations(tandem)).hasSize(6).contains(MARKER);
        assertThat((List<?>) Felix.call(tandem, "latestEvents", 1000)).hasSizeGreaterThan(35);
    }

    @Test
    @Order(4)
    void a_host_data_source_service_is_taken_when_one_matches() throws Exception {
        Object embedded = tandem(service -> true);
        host = h2(hostDatabases.resolve("host"));
        hostRegistration = felix.context().registerService(DataSource.class.getName(), host,
                properties("dataSourceName", "tandem"));

        Object onHost = tandem(service -> service != embedded && organizations(service).isEmpty());
        loadSampleData(onHost);

        assertThat(count(host, "organization")).isEqualTo(5);
        assertThat(count(host, "person")).isEqualTo(42);
        assertThat(count(host, "audit_event")).isGreaterThan(35);
    }

    @Test
    @Order(5)
    void a_configuration_change_of_the_data_source_takes_effect() throws Exception {
        Object onHost = tandem(service -> organizations(service).size() == 5);
        JdbcDataSource other = h2(hostDatabases.resolve("other"));
        ServiceRegistration<?> otherRegistration = felix.context().registerService(DataSource.class.getName(), other,
                properties("dataSourceName", "reporting"));
        try {
            // not taken while the filter does not match it
            assertThat(organizations(tandem(service -> true))).hasSize(5);

            felix.configure("org.tandem.portal.storage", Map.of("dataSource.target", "(dataSourceName=reporting)"));
            Object onOther = tandem(service -> service != onHost && organizations(service).isEmpty());
            saveMarker(onOther);
            assertThat(count(other, "organization")).isEqualTo(1);
            assertThat(count(host, "organization")).isEqualTo(5);

            felix.configure("org.tandem.portal.storage", null);
            tandem(service -> organizations(service).size() == 5);
        } finally {
            otherRegistration.unregister();
        }
    }

    @Test
    @Order(6)
    void without_a_matching_data_source_tandem_falls_back_to_its_embedded_database() throws Exception {
        hostRegistration.unregister();
        hostRegistration = null;

        Object embedded = tandem(service -> organizations(service).contains(MARKER));
        assertThat(organizations(embedded)).hasSize(6);
    }

    @Test
    @Order(7)
    void requiring_the_hosts_data_source_withdraws_tandem_until_one_is_there() throws Exception {
        felix.configure("org.tandem.portal.storage", Map.of("dataSource.cardinality.minimum", 1));
        Felix.await(WAIT, "the storage waiting for a DataSource", () -> "UNSATISFIED_REFERENCE".equals(
                felix.componentStates(PLUGIN).get("org.tandem.portal.internal.TandemStorage")));
        assertThat(felix.reference(TANDEM)).isNull();

        ServiceRegistration<?> registration = felix.context().registerService(DataSource.class.getName(), host,
                properties("dataSourceName", "tandem"));
        try {
            assertThat(organizations(tandem(service -> organizations(service).size() == 5))).doesNotContain(MARKER);
        } finally {
            registration.unregister();
        }
        Felix.await(WAIT, "the storage waiting again", () -> "UNSATISFIED_REFERENCE".equals(
                felix.componentStates(PLUGIN).get("org.tandem.portal.internal.TandemStorage")));
        assertThat(felix.reference(TANDEM)).isNull();

        felix.configure("org.tandem.portal.storage", null);
        tandem(service -> organizations(service).contains(MARKER));
    }

    @Test
    @Order(8)
    void the_embedded_database_moves_with_the_h2_folder_setting() throws Exception {
        Object inBundleArea = tandem(service -> organizations(service).contains(MARKER));
        Path elsewhere = hostDatabases.resolve("embedded-elsewhere");

        felix.configure("org.tandem.portal.storage", Map.of("h2Folder", elsewhere.toString()));
        Object moved = tandem(service -> service != inBundleArea && organizations(service).isEmpty());
        saveMarker(moved);
        assertThat(elsewhere.resolve("tandem.mv.db")).isRegularFile();

        felix.configure("org.tandem.portal.storage", null);
        assertThat(organizations(tandem(service -> organizations(service).size() == 6))).contains(MARKER);
    }

    // ---- helpers

    private static Felix boot(boolean clean) throws Exception {
        return Felix.start(storage, clean, Path.of(TandemFelix.required("tandem.it.bundles")),
                Path.of(TandemFelix.required("tandem.it.plugin")), Map.of("org.osgi.service.http.port", String.valueOf(freePort())));
    }

    /** The TandemService once it is registered and {@code ready} holds. */
    private static Object tandem(ThrowingPredicate ready) throws Exception {
        return felix.awaitService(TANDEM, WAIT, service -> {
            try {
                return ready.test(service);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @FunctionalInterface
    private interface ThrowingPredicate {
        boolean test(Object service) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> loadSampleData(Object tandem) throws Exception {
        Class<?> sampleData = felix.loadClass(PLUGIN, "org.tandem.portal.internal.SampleData");
        return (Map<String, Integer>) Felix.call(sampleData, "loadIfEmpty", tandem);
    }

    /** The ids of the stored organizations. */
    private static List<String> organizations(Object tandem) throws Exception {
        List<?> all = (List<?>) Felix.call(Felix.call(tandem, "organizations"), "all");
        return all.stream().map(organization -> {
            try {
                return String.valueOf(Felix.call(Felix.call(organization, "id"), "value"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static boolean people(Object tandem, String id) throws Exception {
        Class<?> personId = felix.loadClass("org.tandem.core", "org.tandem.core.shared.PersonId");
        Object found = Felix.call(Felix.call(tandem, "people"), "find", Felix.call(personId, "of", id));
        return ((java.util.Optional<?>) found).isPresent();
    }

    private static Object region(String id) throws Exception {
        Class<?> organizationId = felix.loadClass("org.tandem.core", "org.tandem.core.shared.OrganizationId");
        Class<?> organization = felix.loadClass("org.tandem.core", "org.tandem.core.organization.Organization");
        return Felix.call(organization, "region", Felix.call(organizationId, "of", id), "Регион " + id);
    }

    /** Saves an organization only this test writes, in a transaction of its own. */
    private static void saveMarker(Object tandem) throws Exception {
        Object region = region(MARKER);
        Felix.call(tandem, "inTransaction", (Supplier<Object>) () -> {
            try {
                return Felix.call(Felix.call(tandem, "organizations"), "save", region);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static JdbcDataSource h2(Path folder) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + folder.toAbsolutePath().resolve("db") + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    private static long count(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Dictionary<String, Object> properties(String key, Object value) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(key, value);
        return properties;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
