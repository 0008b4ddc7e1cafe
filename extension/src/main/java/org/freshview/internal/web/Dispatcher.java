package org.freshview.internal.web;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.freshview.Routes;
import org.freshview.internal.diagnostics.DeploymentProblems;
import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.render.Engines;
import org.freshview.internal.render.RenderMessages;
import org.freshview.internal.render.RenderedTemplates;
import org.freshview.internal.routing.MalformedPathException;
import org.freshview.internal.routing.MappedPath;
import org.freshview.internal.routing.RouteMatch;
import org.freshview.internal.routing.RouteSpec;
import org.freshview.internal.routing.RouteTableText;
import org.freshview.internal.routing.Router;
import org.freshview.internal.routing.TrailingSlash;
import org.freshview.internal.settings.Settings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The route table of one application, from a request path to the view handler that serves it. */
public final class Dispatcher {

    /**
     * The request attribute holding the matched template's decoded variable values, a
     * read-only {@code Map<String, String>}: an escape hatch for code that is not a view
     * handler (filters, JSPs).
     */
    static final String PATH_VALUES = "org.freshview.pathValues";

    /** The order methods are listed in an Allow header. */
    private static final List<String> METHOD_ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

    private final Router<Handler> router;
    private final Routes routeTable;
    private final Engines engines;
    private final TrailingSlash trailingSlash;
    /** The application's context path as configured, or {@code null} before the filter starts. */
    private final String contextPath;

    private Dispatcher(Router<Handler> router, Engines engines, TrailingSlash trailingSlash, String contextPath) {
        this.router = router;
        this.engines = engines;
        this.routeTable = router.routeTable();
        this.trailingSlash = trailingSlash;
        this.contextPath = contextPath;
    }

    /**
     * Resolves every view into handlers.
     *
     * @param settings        the application's settings, as read while CDI boots
     * @param engines         the application's template engines; constant template names are checked against them
     * @param localeResolvers the application's {@code LocaleResolver} beans
     * @throws DeploymentProblems listing every problem of every view
     */
    public static Dispatcher build(List<ViewBean> views, BeanManager beanManager, Settings settings, Engines engines,
                                   List<jakarta.enterprise.inject.spi.Bean<?>> localeResolvers) {
        List<Diagnostic> problems = new ArrayList<>();
        for (ViewBean view : views) {
            for (RenderedTemplates.Call call : RenderedTemplates.in(view.javaClass())) {
                Diagnostic problem = RenderMessages.problem(engines.resolve(call.template()), call.template(), call.where());
                if (problem != null) {
                    problems.add(problem);
                }
            }
        }
        List<Diagnostic> warnings = new ArrayList<>();
        CsrfProtection csrf = CsrfProtection.withKey(CsrfKey.load(settings, problems), CsrfCookie.load(settings, problems));
        RequestLimits limits = RequestLimits.load(settings, problems);
        ClassLoader application = views.isEmpty() ? Dispatcher.class.getClassLoader()
                : views.get(0).javaClass().getClassLoader();
        ViewReader reader = new ViewReader(beanManager, csrf, limits, engines, problems, warnings,
                RequestLanguage.of(beanManager, localeResolvers, application));
        List<RouteSpec<Handler>> specs = new ArrayList<>();
        for (ViewBean view : views) {
            specs.addAll(reader.read(view));
        }
        ViewReader.logWarnings(warnings);
        Router.Builder<Handler> builder = Router.builder();
        specs.forEach(builder::add);
        Router<Handler> router;
        try {
            router = builder.build();
            ViewReader.logWarnings(builder.warnings());
        } catch (DeploymentProblems routing) {
            problems.addAll(routing.diagnostics());
            throw new DeploymentProblems(problems);
        }
        if (!problems.isEmpty()) {
            throw new DeploymentProblems(problems);
        }
        return new Dispatcher(router, engines, TrailingSlash.REDIRECT, null);
    }

    /** This dispatcher serving the application at {@code contextPath} with a trailing-slash policy (both read by the filter at start-up). */
    Dispatcher forApplication(String contextPath, TrailingSlash policy) {
        return new Dispatcher(router, engines, policy, contextPath);
    }

    /** The template engines, which the filter starts with the servlet context. */
    Engines engines() {
        return engines;
    }

    /** Reverse routing and the route table, for the injectable {@link Routes} bean. */
    public Routes routeTable() {
        return routeTable;
    }

    /** The lines of the route table in matching order, for the start-up log. */
    public List<RouteTableText.Row> routeTableRows() {
        return router.routeTableRows();
    }

    /**
     * The servlet context attribute holding a {@code Predicate<String>} that tells whether some view's
     * template matches a decoded path relative to the application ({@link Router#claims}), set when
     * the filter starts. Undertow's resource lookups read it ({@code org.freshview.internal.undertow}).
     */
    public static final String CLAIMED_PATHS = "org.freshview.claimedPaths";

    /** Whether some view's template matches this decoded path relative to the application, for some method. */
    boolean claims(String path) {
        return router.claims(path);
    }

    /** Handles the request if a view matches it and returns whether it did. */
    boolean dispatch(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String path = pathInApplication(request);
        if (path == null) {
            return false; // no view's template starts like this path: nothing allocated for it
        }
        RouteMatch<Handler> match;
        try {
            match = router.match(request.getMethod(), path);
            if (match == null && trailingSlash != TrailingSlash.STRICT && path.length() > 1 && path.endsWith("/")) {
                String trimmed = path.substring(0, path.length() - 1);
                match = router.match(request.getMethod(), trimmed);
                if (match != null && trailingSlash == TrailingSlash.REDIRECT) {
                    if (!mappedAlike(request, path)) {
                        return false;
                    }
                    String query = request.getQueryString();
                    try {
                        RedirectLocation.inApplication(request, trimmed + (query == null ? "" : "?" + query))
                                .send(response, 308);
                    } catch (RequestRefused refused) {
                        Responses.text(response, refused.status(), refused.getMessage());
                    }
                    return true;
                }
            }
        } catch (MalformedPathException e) {
            Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return true;
        }
        if (match == null || !mappedAlike(request, path)) {
            return false;
        }
        request.setAttribute(PATH_VALUES, match.values());
        if (match.target() == null) {
            response.setHeader("Allow", allow(match.allowedMethods()));
            if ("OPTIONS".equals(request.getMethod())) {
                response.setStatus(HttpServletResponse.SC_OK);
                response.setContentLength(0);
            } else {
                Responses.text(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                        "Method Not Allowed: " + request.getMethod());
            }
            return true;
        }
        match.target().handle(request, response, match.values(), routeTable);
        return true;
    }

    /** The Allow header: the routes' methods in the usual order, and OPTIONS, which is always answered. */
    static String allow(Set<String> methods) {
        Stream<String> known = METHOD_ORDER.stream().filter(methods::contains);
        Stream<String> others = methods.stream().filter(m -> !METHOD_ORDER.contains(m) && !m.equals("OPTIONS")).sorted();
        return Stream.concat(Stream.concat(known, others), Stream.of("OPTIONS")).collect(Collectors.joining(", "));
    }

    /**
     * The raw, still percent-encoded path after the context path. The request URI starts with the
     * configured context path unless the client encoded part of it or gave it path parameters
     * ({@code /app;x/...}); only then is the rest found by skipping as many segments as the
     * context path has, without asking the request, because Tomcat works
     * {@code getContextPath()} out anew from the URI on every call (measured by benchmarks/load:
     * 1.7% of a static file's request time). Either way {@link #mappedAlike} has the last word.
     *
     * @return the path, or {@code null} when the router says from its first segment that no
     *         view can match (so a request for a static file or another servlet allocates nothing here)
     */
    private String pathInApplication(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = contextPath == null ? request.getContextPath() : contextPath;
        int end = context.length();
        if (uri.startsWith(context) && (uri.length() == end || uri.charAt(end) == '/')) {
            return router.mayMatch(uri, end) ? uri.substring(end) : null;
        }
        int at = 0;
        for (int slash = context.indexOf('/'); slash >= 0 && at >= 0; slash = context.indexOf('/', slash + 1)) {
            at = uri.indexOf('/', at + 1);
        }
        return at < 0 ? "" : uri.substring(at);
    }

    /**
     * Whether the container mapped the request to the path Freshview matched: its servlet path
     * and path info are what its security constraints and filter mappings saw. When they differ
     * (a spelling the container reads otherwise), no view runs and the request goes on to the
     * container. Asked only when a view matched, so other requests pay nothing for it.
     */
    private static boolean mappedAlike(HttpServletRequest request, String path) {
        return MappedPath.agrees(path, request.getServletPath(), request.getPathInfo());
    }
}
