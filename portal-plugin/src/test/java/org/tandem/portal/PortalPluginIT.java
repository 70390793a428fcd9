package org.tandem.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.launch.Framework;

/**
 * Boots a real Apache Felix framework with Declarative Services, Configuration Admin and the Jetty 12 Servlet
 * Whiteboard, installs core, matching and the plug-in with what they import, and talks to the JSON API over HTTP.
 *
 * <p>The test runs on the plain class path and cannot see classes inside the bundles: it goes through services,
 * reflection on the bundles' own classes, and HTTP.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalPluginIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Framework framework;
    private static int port;

    private static TandemFelix felix;

    @BeforeAll
    static void startFramework() throws Exception {
        felix = TandemFelix.start("portal-plugin-it");
        framework = felix.framework();
        port = felix.port();
    }

    @AfterAll
    static void stopFramework() throws Exception {
        if (felix != null) {
            felix.close();
        }
    }

    @Test
    @Order(1)
    void core_matching_and_plugin_resolve_and_their_components_activate() throws Exception {
        assertThat(bundle("org.tandem.core").getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(bundle("org.tandem.matching").getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(bundle("org.tandem.portal").getState()).isEqualTo(Bundle.ACTIVE);

        // the servlet is activated by the whiteboard once Jetty is up; the first request proves it
        HttpResponse<String> health = awaitResponse("/tandem/api/health", "en", r -> r.statusCode() == 200);
        assertThat(health.statusCode()).isEqualTo(200);

        assertThat(felix.componentStates("org.tandem.portal")).containsEntry("org.tandem.portal.internal.TandemServiceImpl", "ACTIVE")
                .containsEntry("org.tandem.portal.internal.TandemApiServlet", "ACTIVE");
        assertThat(framework.getBundleContext().getAllServiceReferences("org.tandem.portal.TandemService", null))
                .hasSize(1);
    }

    @Test
    @Order(2)
    void health_answers_json_with_version_locale_and_strategies() throws Exception {
        HttpResponse<String> response = awaitResponse("/tandem/api/health", null, r -> r.statusCode() == 200);

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("status").asText()).isEqualTo("UP");
        assertThat(body.path("version").asText()).startsWith("0.1.0");
        assertThat(body.path("locale").asText()).isEqualTo("ru");
        assertThat(ids(body.path("strategies"))).contains("optimal", "stable", "greedy");
    }

    @Test
    @Order(3)
    void unknown_path_is_404_in_json_in_the_users_language() throws Exception {
        HttpResponse<String> russian = get("/tandem/api/nothing-here", "ru-RU,ru;q=0.9");
        assertThat(russian.statusCode()).isEqualTo(404);
        JsonNode ru = JSON.readTree(russian.body());
        assertThat(ru.path("status").asInt()).isEqualTo(404);
        assertThat(ru.path("error").asText()).isEqualTo("not-found");
        assertThat(ru.path("message").asText()).startsWith("Нет такого ресурса").contains("/tandem/api/nothing-here");

        HttpResponse<String> english = get("/tandem/api/nothing-here", "en-US,en;q=0.8");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(english.body()).path("message").asText()).startsWith("No such resource");

        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(uri("/tandem/api/health"))
                .timeout(Duration.ofSeconds(10)).header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(post.body()).path("error").asText()).isEqualTo("method-not-allowed");
    }

    @Test
    @Order(4)
    void a_configuration_change_through_config_admin_changes_the_locale() throws Exception {
        BundleContext context = framework.getBundleContext();
        ServiceReference<?> reference = context.getServiceReference("org.osgi.service.cm.ConfigurationAdmin");
        assertThat(reference).isNotNull();
        Object configAdmin = context.getService(reference);
        Class<?> adminType = reference.getBundle().loadClass("org.osgi.service.cm.ConfigurationAdmin");
        Object configuration = adminType.getMethod("getConfiguration", String.class, String.class)
                .invoke(configAdmin, "org.tandem.portal", "?");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("locale", "en");
        properties.put("maxMenteesPerMentor", 4);
        Class<?> configurationType = reference.getBundle().loadClass("org.osgi.service.cm.Configuration");
        configurationType.getMethod("update", Dictionary.class).invoke(configuration, properties);

        HttpResponse<String> response = awaitResponse("/tandem/api/health", null,
                r -> r.statusCode() == 200 && r.body().contains("\"locale\":\"en\""));
        assertThat(JSON.readTree(response.body()).path("locale").asText()).isEqualTo("en");

        // with no Accept-Language the portal's locale now speaks: English
        assertThat(JSON.readTree(get("/tandem/api/nothing", null).body()).path("message").asText())
                .startsWith("No such resource");
    }

    @Test
    @Order(5)
    void a_vendor_strategy_appears_while_registered_and_the_higher_ranking_wins() throws Exception {
        Bundle matching = bundle("org.tandem.matching");
        BundleContext vendor = matching.getBundleContext();

        ServiceRegistration<?> low = vendor.registerService("org.tandem.matching.spi.MatchingStrategy",
                strategy("vendor-test", "Стратегия поставщика (слабая)", "Vendor strategy (low)"), ranking(1));
        ServiceRegistration<?> high = vendor.registerService("org.tandem.matching.spi.MatchingStrategy",
                strategy("vendor-test", "Стратегия поставщика", "Vendor strategy"), ranking(10));
        try {
            HttpResponse<String> response = awaitResponse("/tandem/api/strategies", "ru",
                    r -> r.statusCode() == 200 && r.body().contains("vendor-test"));
            JsonNode strategies = JSON.readTree(response.body()).path("strategies");
            assertThat(ids(strategies)).containsExactly("optimal", "stable", "greedy", "vendor-test");
            JsonNode vendorStrategy = strategies.get(3);
            assertThat(vendorStrategy.path("name").asText()).isEqualTo("Стратегия поставщика");
            assertThat(vendorStrategy.path("ranking").asInt()).isEqualTo(10);
            assertThat(vendorStrategy.path("builtIn").asBoolean()).isFalse();
            assertThat(strategies.get(0).path("builtIn").asBoolean()).isTrue();

            high.unregister();
            high = null;
            response = awaitResponse("/tandem/api/strategies", "en",
                    r -> r.statusCode() == 200 && r.body().contains("Vendor strategy (low)"));
            assertThat(JSON.readTree(response.body()).path("strategies").get(3).path("ranking").asInt()).isEqualTo(1);
        } finally {
            if (high != null) {
                high.unregister();
            }
            low.unregister();
        }
        HttpResponse<String> after = awaitResponse("/tandem/api/strategies", "en",
                r -> r.statusCode() == 200 && !r.body().contains("vendor-test"));
        assertThat(ids(JSON.readTree(after.body()).path("strategies"))).containsExactly("optimal", "stable", "greedy");
        assertThat(ids(JSON.readTree(get("/tandem/api/health", null).body()).path("strategies")))
                .doesNotContain("vendor-test");
    }

    @Test
    @Order(6)
    void a_vendor_criterion_is_tracked_and_a_built_in_is_replaced_only_by_a_ranking_above_zero() throws Exception {
        BundleContext vendor = bundle("org.tandem.matching").getBundleContext();
        ServiceRegistration<?> criterion = vendor.registerService("org.tandem.matching.spi.Criterion",
                plugin("org.tandem.matching.spi.Criterion", "vendor-distance", "Расстояние", "Distance"), ranking(0));
        ServiceRegistration<?> unranked = vendor.registerService("org.tandem.matching.spi.MatchingStrategy",
                plugin("org.tandem.matching.spi.MatchingStrategy", "greedy", "Подмена", "Impostor"), ranking(0));
        ServiceRegistration<?> ranked = null;
        try {
            HttpResponse<String> criteria = awaitResponse("/tandem/api/criteria", "en",
                    r -> r.statusCode() == 200 && r.body().contains("vendor-distance"));
            JsonNode items = JSON.readTree(criteria.body()).path("criteria");
            assertThat(ids(items)).contains("deficits", "vendor-distance").endsWith("vendor-distance");
            assertThat(items.get(items.size() - 1).path("name").asText()).isEqualTo("Distance");
            // each with the weight a run gives it when the request sets none: the built-in's own, the vendor's 1
            JsonNode deficits = items.get(ids(items).indexOf("deficits"));
            assertThat(deficits.path("defaultWeight").asDouble())
                    .isEqualTo(new org.tandem.matching.criteria.DeficitCoverage().defaultWeight());
            assertThat(items.get(items.size() - 1).path("defaultWeight").asDouble()).isEqualTo(1.0);

            JsonNode strategies = JSON.readTree(get("/tandem/api/strategies", "en").body()).path("strategies");
            assertThat(ids(strategies)).containsExactly("optimal", "stable", "greedy");
            assertThat(strategies.get(2).path("builtIn").asBoolean()).isTrue();
            assertThat(strategies.get(2).path("name").asText()).doesNotContain("Impostor");

            ranked = vendor.registerService("org.tandem.matching.spi.MatchingStrategy",
                    plugin("org.tandem.matching.spi.MatchingStrategy", "greedy", "Жадная поставщика", "Vendor greedy"),
                    ranking(100));
            JsonNode replaced = JSON.readTree(awaitResponse("/tandem/api/strategies", "en",
                    r -> r.statusCode() == 200 && r.body().contains("Vendor greedy")).body()).path("strategies");
            assertThat(ids(replaced)).containsExactly("optimal", "stable", "greedy");
            assertThat(replaced.get(2).path("builtIn").asBoolean()).isFalse();
            assertThat(replaced.get(2).path("ranking").asInt()).isEqualTo(100);
        } finally {
            criterion.unregister();
            unranked.unregister();
            if (ranked != null) {
                ranked.unregister();
            }
        }
        awaitResponse("/tandem/api/criteria", "en", r -> r.statusCode() == 200 && !r.body().contains("vendor-distance"));
        JsonNode back = JSON.readTree(awaitResponse("/tandem/api/strategies", "en",
                r -> r.statusCode() == 200 && !r.body().contains("Vendor greedy")).body()).path("strategies");
        assertThat(back.get(2).path("builtIn").asBoolean()).isTrue();
    }

    // ---- helpers

    /** A MatchingStrategy made from the matching bundle's own interface, as a vendor's bundle would provide. */
    private static Object strategy(String id, String ru, String en) throws Exception {
        return plugin("org.tandem.matching.spi.MatchingStrategy", id, ru, en);
    }

    /** A MatchingStrategy or Criterion that answers only its id, its name and its default weight. */
    private static Object plugin(String interfaceName, String id, String ru, String en) throws Exception {
        Class<?> type = bundle("org.tandem.matching").loadClass(interfaceName);
        Class<?> text = bundle("org.tandem.core").loadClass("org.tandem.core.shared.LocalizedText");
        Object name = text.getMethod("of", String.class, String.class).invoke(null, ru, en);
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "id" -> id;
                    case "name" -> name;
                    case "defaultWeight" -> 1.0;
                    case "toString" -> "test vendor strategy " + id;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Dictionary<String, Object> ranking(int ranking) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, ranking);
        return properties;
    }

    private static List<String> ids(JsonNode strategies) {
        List<String> ids = new ArrayList<>();
        for (JsonNode strategy : strategies) {
            ids.add(strategy.isTextual() ? strategy.asText() : strategy.path("id").asText());
        }
        return ids;
    }

    private static Bundle bundle(String symbolicName) {
        return felix.bundle(symbolicName);
    }

    private static HttpResponse<String> awaitResponse(String path, String language,
                                                      Predicate<HttpResponse<String>> ready) throws Exception {
        return felix.awaitResponse(path, language, ready);
    }

    private static HttpResponse<String> get(String path, String language) throws Exception {
        return felix.get(path, language);
    }

    private static URI uri(String path) {
        return felix.uri(path);
    }
}
