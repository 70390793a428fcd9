package org.tandem.portal.internal.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dispatches a request by method and path to a resource's handler. Patterns are paths whose segments in braces are
 * parameters: {@code /organizations/{org}/participants}. A literal segment wins over a parameter, so
 * {@code /mentorships/swap} is not the mentorship {@code swap}.
 */
final class Router {

    /** A resource's answer to one request. */
    @FunctionalInterface
    interface Handler {
        Reply handle(Exchange exchange);
    }

    /** Where a request lands: the handler and the path's parameters, or the methods the path serves. */
    record Match(Optional<Handler> handler, Map<String, String> parameters, Set<String> allowed) {
    }

    private record Route(String method, List<String> segments, Handler handler) {
    }

    private final List<Route> routes = new ArrayList<>();

    Router add(String method, String pattern, Handler handler) {
        routes.add(new Route(method, segments(pattern), handler));
        return this;
    }

    Router get(String pattern, Handler handler) {
        return add("GET", pattern, handler);
    }

    Router post(String pattern, Handler handler) {
        return add("POST", pattern, handler);
    }

    Router put(String pattern, Handler handler) {
        return add("PUT", pattern, handler);
    }

    Router delete(String pattern, Handler handler) {
        return add("DELETE", pattern, handler);
    }

    /**
     * The route for {@code method} and {@code path}. HEAD is served by GET. Empty handler and empty
     * {@code allowed}: no such path; empty handler with {@code allowed}: the path exists for other methods.
     */
    Match match(String method, String path) {
        List<String> segments = segments(path);
        String wanted = "HEAD".equals(method) ? "GET" : method;
        Route best = null;
        Map<String, String> bestParameters = Map.of();
        int bestLiterals = -1;
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            Map<String, String> parameters = parameters(route.segments, segments);
            if (parameters == null) {
                continue;
            }
            int literals = (int) route.segments.stream().filter(s -> !s.startsWith("{")).count();
            if (!route.method.equals(wanted)) {
                allowed.add(route.method);
                continue;
            }
            if (literals > bestLiterals) {
                best = route;
                bestParameters = parameters;
                bestLiterals = literals;
            }
        }
        if (best != null) {
            return new Match(Optional.of(best.handler), bestParameters, Set.of());
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        return new Match(Optional.empty(), Map.of(), allowed);
    }

    private static Map<String, String> parameters(List<String> pattern, List<String> path) {
        if (pattern.size() != path.size()) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pattern.size(); i++) {
            String expected = pattern.get(i);
            String actual = path.get(i);
            if (expected.startsWith("{") && expected.endsWith("}")) {
                if (actual.isBlank()) {
                    return null;
                }
                parameters.put(expected.substring(1, expected.length() - 1), actual);
            } else if (!expected.equals(actual)) {
                return null;
            }
        }
        return parameters;
    }

    /** The segments of a path (the servlet's path info, decoded already); empty ones (a trailing slash) are dropped. */
    static List<String> segments(String path) {
        List<String> result = new ArrayList<>();
        if (path == null) {
            return result;
        }
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                result.add(segment);
            }
        }
        return result;
    }
}
