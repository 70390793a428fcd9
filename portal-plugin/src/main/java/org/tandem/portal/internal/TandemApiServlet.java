package org.tandem.portal.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.core.shared.LocalizedText;
import org.tandem.portal.PluginInfo;
import org.tandem.portal.TandemService;

/**
 * Tandem's JSON API on the portal's Servlet Whiteboard, under {@value #BASE}:
 * <ul>
 *   <li>{@code GET /tandem/api/health}: status, version, the portal's locale and the ids of the strategies;</li>
 *   <li>{@code GET /tandem/api/strategies}: each strategy with its name in the user's language;</li>
 *   <li>{@code GET /tandem/api/criteria}: each criterion likewise.</li>
 * </ul>
 * Errors are JSON {@code {"status": 404, "error": "not-found", "message": "..."}}, the message in the user's
 * language (Accept-Language {@code ru} or {@code en}, else the portal's).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(TandemApiServlet.BASE)
@HttpWhiteboardServletName("tandem-api")
public final class TandemApiServlet extends HttpServlet {

    static final String BASE = "/tandem/api/*";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(TandemApiServlet.class);
    private static final String JSON = "application/json";

    private static final LocalizedText NOT_FOUND = LocalizedText.of("Нет такого ресурса: %s",
            "No such resource: %s");
    private static final LocalizedText METHOD_NOT_ALLOWED = LocalizedText.of(
            "Метод %s здесь не поддерживается; используйте GET", "Method %s is not supported here; use GET");
    private static final LocalizedText INTERNAL = LocalizedText.of("Внутренняя ошибка сервера; подробности в журнале",
            "Internal server error; see the log for details");

    private final transient TandemService tandem;
    private final transient ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    @Activate
    public TandemApiServlet(@Reference TandemService tandem) {
        this.tandem = tandem;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = userLocale(request);
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                response.setHeader("Allow", "GET, HEAD");
                error(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "method-not-allowed",
                        String.format(METHOD_NOT_ALLOWED.in(locale), request.getMethod()));
                return;
            }
            switch (path) {
                case "/health" -> write(response, HttpServletResponse.SC_OK, health());
                case "/strategies" -> write(response, HttpServletResponse.SC_OK,
                        plugins("strategies", tandem.strategies(), locale));
                case "/criteria" -> write(response, HttpServletResponse.SC_OK,
                        plugins("criteria", tandem.criteria(), locale));
                default -> error(response, HttpServletResponse.SC_NOT_FOUND, "not-found",
                        String.format(NOT_FOUND.in(locale), request.getRequestURI()));
            }
        } catch (RuntimeException e) {
            LOG.error("Tandem API failed on {} {}", request.getMethod(), request.getRequestURI(), e);
            if (!response.isCommitted()) {
                response.reset();
                error(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "internal", INTERNAL.in(locale));
            }
        }
    }

    private Map<String, Object> health() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "UP");
        body.put("version", tandem.version());
        body.put("locale", tandem.locale().getLanguage());
        body.put("strategies", tandem.strategies().stream().map(PluginInfo::id).toList());
        return body;
    }

    private static Map<String, Object> plugins(String kind, List<PluginInfo> plugins, Locale locale) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (PluginInfo info : plugins) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", info.id());
            item.put("name", info.name().in(locale));
            item.put("builtIn", info.builtIn());
            item.put("ranking", info.ranking());
            item.put("bundle", info.bundle());
            items.add(item);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("locale", locale.getLanguage());
        body.put(kind, items);
        return body;
    }

    /** The first of the user's Accept-Language tags that is ru or en; else the portal's locale. */
    private Locale userLocale(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") != null) {
            Enumeration<Locale> locales = request.getLocales();
            while (locales.hasMoreElements()) {
                String language = locales.nextElement().getLanguage();
                if (language.equals("ru") || language.equals("en")) {
                    return Locale.forLanguageTag(language);
                }
            }
        }
        return tandem.locale();
    }

    private void error(HttpServletResponse response, int status, String error, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", error);
        body.put("message", message);
        write(response, status, body);
    }

    private void write(HttpServletResponse response, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        response.setStatus(status);
        response.setContentType(JSON);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
