package org.freshview.it;

import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What every response to a hostile request keeps, whatever the server: no 5xx, no stack trace or
 * server internals in the body, no markup reflected where a browser would render it, no
 * {@code Location} outside the application, no header the client smuggled in.
 */
final class CorpusPromises {

    /**
     * A stack frame, an exception's name, a source position, Freshview's internal package. Plain
     * alternatives only: a body of three megabytes must be searched in linear time.
     */
    private static final Pattern INTERNALS = Pattern.compile(
            "\\tat |Exception|Caused by|\\.java:|\\.java\\)|org\\.freshview\\.internal");

    /** Markup a browser would run, as the corpus sends it. */
    private static final Pattern MARKUP = Pattern.compile("<script|<img|<svg", Pattern.CASE_INSENSITIVE);

    private CorpusPromises() {
    }

    /** The broken promises of this response to this case, empty when all hold. */
    static List<String> broken(CorpusCase request, RawHttp.Response response, URL base) {
        List<String> broken = new ArrayList<>();
        boolean refusedByTheContainer = refusedByTheContainer(response);
        if (response.status() >= 500 && !(refusedByTheContainer && response.status() == 501)) {
            broken.add("status " + response.status());
        }
        if (!refusedByTheContainer && INTERNALS.matcher(response.body()).find()) {
            broken.add("server internals in the body");
        }
        if (MARKUP.matcher(response.body()).find() && !inertText(response)) {
            broken.add("markup in a body a browser renders (Content-Type " + response.header("Content-Type") + ")");
        }
        for (String line : response.headerLines()) {
            String name = line.toLowerCase(Locale.ROOT);
            if (name.startsWith("x-injected") || name.startsWith("set-cookie: injected")) {
                broken.add("a smuggled header: " + line);
            }
        }
        String location = response.header("Location");
        if (location != null && !insideTheApplication(location, request, base)) {
            broken.add("Location outside the application: " + location);
        }
        if (request.status() != 0 && response.status() != request.status()) {
            broken.add("status " + response.status() + " instead of " + request.status());
        }
        if (request.location() != null && !request.location(base).equals(location)) {
            broken.add("Location " + location + " instead of " + request.location(base));
        }
        return broken;
    }

    /**
     * Whether the container refused the request itself, with its own error page, before any
     * application saw it (a 400, or a 501 for a method it does not implement), on a server whose
     * default error page names the exception ({@link TargetServer#ownErrorPageNamesExceptions()}).
     * Freshview never answers so: its own 4xx answers are plain text, and a 500 is never waived.
     */
    private static boolean refusedByTheContainer(RawHttp.Response response) {
        TargetServer server = TargetServer.current();
        return server.ownErrorPageNamesExceptions()
                && (response.status() == 400 || response.status() == 501)
                && response.body().contains(server.ownErrorPageMark());
    }

    /** Text a browser shows as text: {@code text/plain} with {@code nosniff}. */
    private static boolean inertText(RawHttp.Response response) {
        String type = response.header("Content-Type");
        String sniff = response.header("X-Content-Type-Options");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/plain")
                && sniff != null && sniff.equalsIgnoreCase("nosniff");
    }

    /**
     * ASCII without controls or spaces, and, resolved against the request's URL (host as the
     * client named it), on the same host: what {@code Result.redirect} promises (a path of the
     * application, or a URI of this host).
     */
    private static boolean insideTheApplication(String location, CorpusCase request, URL base) {
        if (!location.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return false;
        }
        if (location.replace('\\', '/').startsWith("//")) {
            return false;
        }
        String host = base.getHost();
        for (String header : request.headers(base)) {
            if (header.regionMatches(true, 0, "Host:", 0, 5)) {
                host = header.substring(5).strip().replaceFirst(":\\d+$", "");
            }
        }
        try {
            URI requested = URI.create("http://" + host + ":" + base.getPort() + "/");
            String target = request.target(base);
            if (target.startsWith("/") && target.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                requested = requested.resolve(target.replaceAll("[^\\x21-\\x7e]|[\\\\{}|^`<>\"]", "_"));
            }
            URI resolved = requested.resolve(location);
            return resolved.getHost() != null && resolved.getHost().equalsIgnoreCase(host);
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }
}
