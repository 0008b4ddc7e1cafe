package org.freshview.internal.audit;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.freshview.SharedStateReviewed;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Small classes with one shape each, compiled with the tests so the audit reads real bytecode. */
final class Samples {

    private Samples() {
    }

    // ---- shapes that are findings ----

    static class WritesFieldInRequestMethod {
        private String key;

        public String handle(String key) {
            this.key = key;
            return this.key;
        }
    }

    static class IncrementsCounter {
        private int count;

        public int hit() {
            return ++count;
        }
    }

    static class WritesInPrivateHelper {
        private String user;

        public String handle(String user) {
            remember(user);
            return "ok";
        }

        private void remember(String user) {
            this.user = user;
        }
    }

    static class WritesInLambda {
        private String last;

        public void handle(List<String> values) {
            values.forEach(value -> last = value);
        }
    }

    static class Base {
        protected String user;

        public void login(String user) {
            this.user = user;
        }
    }

    static class InheritsWrite extends Base {
        public String whoAmI() {
            return user;
        }
    }

    static class PutsIntoHashMap {
        private final Map<String, String> cache = new HashMap<>();

        public void remember(String key, String value) {
            cache.put(key, value);
        }
    }

    static class AddsThroughLocalVariable {
        private final List<String> items = new ArrayList<>();

        public void add(String item) {
            List<String> list = items;
            list.add(item);
        }
    }

    static class AppendsToBuilder {
        private final StringBuilder log = new StringBuilder();

        public void note(String line) {
            log.append(line);
        }
    }

    static class UsesSharedDateFormat {
        private final SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");

        public String today(Date date) {
            return format.format(date);
        }
    }

    static class SetsSharedCalendar {
        private final Calendar calendar = Calendar.getInstance();

        public Date at(int year) {
            calendar.set(Calendar.YEAR, year);
            return calendar.getTime();
        }
    }

    static class StoresIntoArray {
        private final int[] slots = new int[4];

        public void mark(int slot) {
            slots[slot] = 1;
        }
    }

    @Path("/params")
    public static class ParamFieldResource {
        @PathParam("id")
        String id;

        @QueryParam("q")
        String query;

        @GET
        public String get() {
            return id + query;
        }
    }

    static class BrokenLazyInit {
        private Object value; // not volatile: unsafe publication

        public Object value() {
            if (value == null) {
                synchronized (this) {
                    if (value == null) {
                        value = new Object();
                    }
                }
            }
            return value;
        }
    }

    /**
     * A volatile flag set holding a lock, in a method that reads the flag and tests another value
     * for null: not lazy initialisation (a boolean is never null), so a finding like any other write.
     */
    static class SetsVolatileFlagUnderLock {
        private final Object lock = new Object();
        private volatile boolean running;

        public void start(String name) {
            synchronized (lock) {
                if (name != null && !running) {
                    running = true;
                }
            }
        }
    }

    /** A volatile map replaced holding a lock after a null test of a value looked up in it: a cache that requests fill. */
    static class ReplacesVolatileMapUnderLock {
        private volatile Map<String, String> names = Map.of();

        public String name(String key) {
            String name = names.get(key);
            if (name == null) {
                name = key.toUpperCase();
                synchronized (this) {
                    Map<String, String> copy = new HashMap<>(names);
                    copy.put(key, name);
                    names = Map.copyOf(copy);
                }
            }
            return name;
        }
    }

    public static class CountingServlet extends HttpServlet {
        private int requests;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            requests++;
        }
    }

    // ---- shapes that are safe ----

    static class FinalFieldsFromConstructor {
        private final String name;
        private final List<String> names;

        FinalFieldsFromConstructor() {
            this.name = "n";
            this.names = new ArrayList<>();
            this.names.add("first");
        }

        public String name() {
            return name + names.get(0);
        }
    }

    static class SetInPostConstruct {
        private Map<String, String> settings;
        private String greeting;

        @PostConstruct
        void init() {
            settings = new HashMap<>();
            settings.put("a", "b");
            load();
        }

        void load() {
            greeting = "hello";
        }

        public String greet() {
            return greeting + settings.get("a");
        }
    }

    static class InjectedFields {
        @Inject
        Map<String, String> injectedMap;

        @Inject
        Supplier<String> supplier;

        public void use() {
            injectedMap.put("k", "v");
        }
    }

    static class StaticConstants {
        private static final List<String> NAMES = List.of("a");
        private static final Map<String, String> LOOKUP = new HashMap<>();

        public String first() {
            return NAMES.get(0) + LOOKUP.get("a");
        }
    }

    static class ThreadSafeTypes {
        private final AtomicLong hits = new AtomicLong();
        private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();
        private final Map<String, String> declaredAsMap = new ConcurrentHashMap<>();
        private final Map<String, String> synchronizedMap = Collections.synchronizedMap(new HashMap<>());
        private final List<String> copyOnWrite = new CopyOnWriteArrayList<>();
        private final ThreadLocal<StringBuilder> buffer = ThreadLocal.withInitial(StringBuilder::new);

        public void handle(String key) {
            hits.incrementAndGet();
            cache.put(key, key);
            declaredAsMap.put(key, key);
            synchronizedMap.put(key, key);
            copyOnWrite.add(key);
            buffer.get().append(key);
        }
    }

    static class VolatileLazyInit {
        private volatile Object value;

        public Object value() {
            Object result = value;
            if (result == null) {
                synchronized (this) {
                    result = value;
                    if (result == null) {
                        value = result = new Object();
                    }
                }
            }
            return result;
        }
    }

    static class VolatileLazyInitWithoutLocal {
        private volatile Object value;

        public Object value() {
            if (value == null) {
                synchronized (this) {
                    if (value == null) {
                        value = new Object();
                    }
                }
            }
            return value;
        }
    }

    static class ReviewedField {
        @SharedStateReviewed(reason = "approximate counter; lost updates are fine")
        private long hits;

        public long hit() {
            return ++hits;
        }
    }

    @SharedStateReviewed(reason = "guarded by the caller")
    static class ReviewedClass {
        private String last;

        public void handle(String value) {
            last = value;
        }
    }

    static class ReadsOnly {
        private final Map<String, String> table = new HashMap<>(Map.of("a", "b"));

        public String lookup(String key) {
            return table.get(key);
        }
    }

    public static class ServletConfiguredInInit extends HttpServlet {
        private String prefix;

        @Override
        public void init(ServletConfig config) throws ServletException {
            super.init(config);
            prefix = config.getInitParameter("prefix");
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            response.setHeader("X-Prefix", prefix);
        }
    }

    /** Shaped like Weld's EnhancedListener: an initializer and a listener that keeps what it set up. */
    public static class InitializerAndListener implements ServletContainerInitializer,
            ServletContextListener, ServletRequestListener {
        private ServletContext context;
        private boolean started;

        @Override
        public void onStartup(Set<Class<?>> classes, ServletContext context) {
            this.context = context;
        }

        @Override
        public void contextInitialized(ServletContextEvent event) {
            started = true;
        }

        @Override
        public void requestInitialized(ServletRequestEvent event) {
            event.getServletRequest().setAttribute("started", started + " " + context.getContextPath());
        }
    }
}
