package org.freshview.internal.undertow;

import io.undertow.server.handlers.resource.Resource;
import io.undertow.server.handlers.resource.ResourceChangeListener;
import io.undertow.server.handlers.resource.ResourceManager;
import jakarta.servlet.ServletContext;
import org.freshview.internal.web.Dispatcher;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

/**
 * The resource manager Undertow's path mapping asks whether a directory with a welcome file lies
 * at a request's path: "none" for a path a view's template matches, the files' answer otherwise.
 * Always looked up: a path ending in '/' (there a welcome file wins over a view, {@code /} to
 * {@code /index.html} as on every server), and a welcome file's own path ({@code .../index.html}),
 * asked only below a directory no view claimed. Until the dispatch filter has started and
 * published its routes ({@link Dispatcher#CLAIMED_PATHS}), every path is looked up.
 */
final class ViewPathResources implements ResourceManager {

    private final ResourceManager files;
    private final ServletContext context;
    /** The deployment's welcome files, read when asked: extensions may still add some. */
    private final List<String> welcomePages;
    private volatile Predicate<String> claimed;

    ViewPathResources(ResourceManager files, ServletContext context, List<String> welcomePages) {
        this.files = files;
        this.context = context;
        this.welcomePages = welcomePages;
    }

    @Override
    public Resource getResource(String path) throws IOException {
        Predicate<String> claims = claimed();
        if (claims != null && !path.endsWith("/") && claims.test(path) && !isWelcomeFile(path)) {
            return null;
        }
        return files.getResource(path);
    }

    private Predicate<String> claimed() {
        Predicate<String> found = claimed;
        if (found == null && context.getAttribute(Dispatcher.CLAIMED_PATHS) instanceof Predicate<?> published) {
            @SuppressWarnings("unchecked")
            Predicate<String> routes = (Predicate<String>) published;
            claimed = found = routes;
        }
        return found;
    }

    private boolean isWelcomeFile(String path) {
        for (String page : welcomePages) {
            int slash = path.length() - page.length() - 1;
            if (slash >= 0 && path.charAt(slash) == '/' && path.endsWith(page)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isResourceChangeListenerSupported() {
        return files.isResourceChangeListenerSupported();
    }

    @Override
    public void registerResourceChangeListener(ResourceChangeListener listener) {
        files.registerResourceChangeListener(listener);
    }

    @Override
    public void removeResourceChangeListener(ResourceChangeListener listener) {
        files.removeResourceChangeListener(listener);
    }

    /** Nothing: the files' resource manager belongs to the server, which closes it. */
    @Override
    public void close() {
    }
}
