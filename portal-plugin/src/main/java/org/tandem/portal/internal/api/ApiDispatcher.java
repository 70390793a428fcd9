package org.tandem.portal.internal.api;

import java.io.IOException;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.tandem.core.shared.LocalizedText;
import org.tandem.portal.TandemService;
import org.tandem.portal.spi.ActingUser;

/**
 * The API's front: finds the route of a request, runs it in one unit of work of {@link TandemService#inTransaction},
 * and writes the answer or the error as JSON in the user's language.
 */
public final class ApiDispatcher {

    private static final LocalizedText NOT_FOUND = LocalizedText.of("Нет такого ресурса: %s", "No such resource: %s");
    private static final LocalizedText METHOD_NOT_ALLOWED = LocalizedText.of(
            "Метод %s здесь не поддерживается; используйте %s", "Method %s is not supported here; use %s");
    private static final LocalizedText CROSS_ORIGIN = LocalizedText.of(
            "Изменения принимаются только со страниц этого же портала.",
            "Changes are accepted only from pages of this portal itself.");

    private final TandemService tandem;
    private final Router router = new Router();
    private final ObjectMapper json = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ApiDispatcher(TandemService tandem) {
        this.tandem = tandem;
        Api api = new Api(tandem);
        List.of(new MetaResource(api), new OrganizationResource(api), new ParticipantResource(api),
                        new ImportResource(api), new ProgramResource(api), new MatchingResource(api),
                        new MentorshipResource(api), new RoadmapResource(api), new FigureResource(api))
                .forEach(resource -> resource.routes(router));
    }

    /** Answers one request; {@code users} says who acts, asked only by routes that need to know. */
    public void serve(HttpServletRequest request, HttpServletResponse response,
                      Supplier<Optional<ActingUser>> users) throws IOException {
        Locale locale = userLocale(request);
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String what = request.getMethod() + " " + request.getRequestURI();
        Router.Match match = router.match(request.getMethod(), path);
        if (match.handler().isEmpty()) {
            if (match.allowed().isEmpty()) {
                error(response, ErrorMapper.error(404, "not-found",
                        String.format(NOT_FOUND.in(locale), request.getRequestURI()), Map.of()));
            } else {
                String allowed = String.join(", ", match.allowed());
                response.setHeader("Allow", allowed);
                error(response, ErrorMapper.error(405, "method-not-allowed",
                        String.format(METHOD_NOT_ALLOWED.in(locale), request.getMethod(), allowed), Map.of()));
            }
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && crossOrigin(request)) {
            error(response, ErrorMapper.error(403, "cross-origin", CROSS_ORIGIN.in(locale), Map.of()));
            return;
        }
        Exchange exchange = new Exchange(request, locale, users, json);
        exchange.pathParameters(match.parameters());
        Reply reply;
        try {
            reply = tandem.inTransaction(() -> match.handler().get().handle(exchange));
        } catch (RuntimeException | LinkageError e) {
            if (!response.isCommitted()) {
                response.reset();
            }
            error(response, ErrorMapper.map(e, locale, what));
            return;
        }
        write(response, reply.status(), reply.body(), "HEAD".equals(request.getMethod()));
    }

    private static final List<String> SAFE_METHODS = List.of("GET", "HEAD");

    /**
     * Whether a browser sent the request from a page of another origin (a forged request riding on the curator's
     * cookies): {@code Sec-Fetch-Site} says so, or {@code Origin} names another scheme, host or port than the
     * request's. Clients that are not browsers send neither and pass.
     */
    static boolean crossOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if ("cross-site".equals(site) || "same-site".equals(site)) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            java.net.URI from = java.net.URI.create(origin.trim());
            int fromPort = from.getPort() >= 0 ? from.getPort() : "https".equalsIgnoreCase(from.getScheme()) ? 443 : 80;
            return !(request.getScheme().equalsIgnoreCase(from.getScheme())
                    && request.getServerName().equalsIgnoreCase(from.getHost())
                    && request.getServerPort() == fromPort);
        } catch (IllegalArgumentException e) {
            return true;   // "null" or garbage: not our page
        }
    }

    /** The first of the user's Accept-Language tags that is ru or en; else the portal's locale. */
    public Locale userLocale(HttpServletRequest request) {
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

    /** Writes an error of the API; for the servlet's own last-resort 500. */
    public void internalError(HttpServletResponse response, Locale locale) throws IOException {
        error(response, ErrorMapper.error(500, "internal", ErrorMapper.INTERNAL.in(locale), Map.of()));
    }

    private void error(HttpServletResponse response, ErrorMapper.Error error) throws IOException {
        write(response, error.status(), error.body(), false);
    }

    private void write(HttpServletResponse response, int status, Object body, boolean head) throws IOException {
        byte[] bytes = body instanceof String text ? text.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                : json.writeValueAsBytes(body);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        if (!head) {
            response.getOutputStream().write(bytes);
        }
    }
}
