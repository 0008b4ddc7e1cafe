package org.freshview.internal.render;

import org.freshview.ViewEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application's engines and which one renders a template name. A name no engine claims
 * and that starts with {@code /} is a servlet path (a JSP), forwarded as before engines existed.
 */
public final class Engines {

    /** Resolutions kept per name; names computed at run time could otherwise grow the cache without end. */
    private static final int CACHED_NAMES = 1024;

    private static final System.Logger LOG = System.getLogger(Engines.class.getName());

    private final List<ViewEngine> engines;
    private final Map<String, Resolution> resolved = new ConcurrentHashMap<>();
    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    public Engines(List<ViewEngine> engines) {
        this.engines = List.copyOf(engines);
    }

    /** Only the built-in forward to servlet paths. */
    public static Engines none() {
        return new Engines(List.of());
    }

    public List<ViewEngine> all() {
        return engines;
    }

    /**
     * Starts every engine, in order.
     *
     * @throws IllegalStateException naming the engine whose start failed, which stops the application's start
     */
    public void start(ViewEngine.Setup setup) {
        for (ViewEngine engine : engines) {
            try {
                engine.start(setup);
            } catch (RuntimeException e) {
                throw new IllegalStateException("Freshview did not start: the template engine "
                        + engine.getClass().getName() + " failed to start: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Logs, once per name, that a computed name could not be rendered (FV-601 or FV-602): the
     * request gets a 500, and a page requested often does not fill the log.
     */
    public void failed(String name, String where, Resolution resolution) {
        if (logged.size() < CACHED_NAMES && logged.add(name)) {
            LOG.log(System.Logger.Level.ERROR, RenderMessages.problem(resolution, name, where).toString());
        }
    }

    /** Who renders {@code name}. */
    public Resolution resolve(String name) {
        Resolution known = resolved.get(name);
        if (known != null) {
            return known;
        }
        Resolution found = find(name);
        if (resolved.size() < CACHED_NAMES) {
            resolved.putIfAbsent(name, found);
        }
        return found;
    }

    private Resolution find(String name) {
        List<ViewEngine> claiming = new ArrayList<>(1);
        for (ViewEngine engine : engines) {
            if (engine.templateNames().contains(name)) {
                claiming.add(engine);
            }
        }
        if (claiming.size() == 1) {
            return new Resolution.Engine(claiming.get(0));
        }
        if (claiming.size() > 1) {
            return new Resolution.Ambiguous(claiming);
        }
        return name.startsWith("/") ? Resolution.FORWARD : Resolution.UNCLAIMED;
    }

    /** The outcome of resolving a template name. */
    public sealed interface Resolution {

        /** Forwarded to the servlet path: JSP, as before engines. */
        Resolution FORWARD = new Forward();
        /** No engine renders it and it is no servlet path. */
        Resolution UNCLAIMED = new Unclaimed();

        record Forward() implements Resolution {
        }

        record Unclaimed() implements Resolution {
        }

        record Engine(ViewEngine engine) implements Resolution {
        }

        record Ambiguous(List<ViewEngine> engines) implements Resolution {
        }
    }
}
