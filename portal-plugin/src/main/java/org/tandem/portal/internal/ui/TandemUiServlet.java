package org.tandem.portal.internal.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The curator's web UI: static files packed in the bundle under {@value #ROOT}, served at {@code /tandem/ui/}.
 *
 * <ul>
 *   <li>{@code /tandem/ui} redirects to {@code /tandem/ui/}, which is {@code index.html};</li>
 *   <li>only known file types are served, each with its content type ({@code text/html}, {@code text/javascript}
 *       for the ES modules, {@code text/css}, {@code image/svg+xml}, ...), UTF-8 for text;</li>
 *   <li>caching: every answer carries a strong {@code ETag} (SHA-256 of the content) and {@code Cache-Control:
 *       no-cache}, so a browser keeps the files and revalidates them with {@code If-None-Match}, answered 304
 *       without a body; a new bundle version is seen at once, since the file names carry no version;</li>
 *   <li>a Content Security Policy that allows scripts, styles, images and requests of this origin only (no
 *       external CDN is needed or allowed), {@code X-Content-Type-Options: nosniff} and no framing by others.</li>
 * </ul>
 * Anything else (a path with {@code ..}, a hidden file, an unknown type, a missing file) is 404; a method other than
 * GET or HEAD is 405.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(TandemUiServlet.PATTERN)
@HttpWhiteboardServletName("tandem-ui")
public final class TandemUiServlet extends HttpServlet {

    static final String PATTERN = "/tandem/ui/*";
    /** Where the files are inside the bundle. */
    static final String ROOT = "tandem-ui/";

    private static final long serialVersionUID = 1L;
    private static final Pattern SAFE_PATH = Pattern.compile("(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8",
            "mjs", "text/javascript;charset=UTF-8",
            "css", "text/css;charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "json", "application/json;charset=UTF-8",
            "csv", "text/csv;charset=UTF-8",
            "woff2", "font/woff2");
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** Path inside {@value #ROOT} to the loaded file; the bundle's content does not change while it runs. */
    /** The files found so far; misses are not kept, so that requests for made-up names cannot fill the heap. */
    private final transient Map<String, Resource> cache = new ConcurrentHashMap<>();

    private record Resource(byte[] content, String type, String etag) {
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            response.setHeader("Allow", "GET, HEAD");
            plain(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method not allowed");
            return;
        }
        String pathInfo = request.getPathInfo();
        if (pathInfo == null) {
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + request.getServletPath() + "/"
                    + (query == null ? "" : "?" + query));
            return;
        }
        String path = pathInfo.equals("/") ? "index.html" : pathInfo.substring(1);
        Optional<Resource> found = SAFE_PATH.matcher(path).matches() ? cached(path) : Optional.empty();
        if (found.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, "Not found: " + request.getRequestURI());
            return;
        }
        Resource resource = found.get();
        response.setHeader("ETag", resource.etag());
        response.setHeader("Cache-Control", "no-cache");
        securityHeaders(response);
        if (matches(request.getHeader("If-None-Match"), resource.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(resource.type());
        response.setContentLength(resource.content().length);
        if ("GET".equals(method)) {
            response.getOutputStream().write(resource.content());
        }
    }

    private Optional<Resource> cached(String path) {
        Resource known = cache.get(path);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Resource> loaded = load(path);
        loaded.ifPresent(resource -> cache.put(path, resource));
        return loaded;
    }

    private Optional<Resource> load(String path) {
        int dot = path.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
        URL url = type == null ? null : TandemUiServlet.class.getClassLoader().getResource(ROOT + path);
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            byte[] content = in.readAllBytes();
            return Optional.of(new Resource(content, type, "\"" + sha256(content) + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROOT + path + " from the bundle", e);
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static void securityHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        securityHeaders(response);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
