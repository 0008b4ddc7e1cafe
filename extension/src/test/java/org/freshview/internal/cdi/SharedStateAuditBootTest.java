package org.freshview.internal.cdi;

import org.freshview.internal.settings.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.Provider;
import org.freshview.SharedStateReviewed;
import org.freshview.View;
import org.freshview.internal.audit.AuditMode;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.bootstrap.spi.BeanDiscoveryMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit as it runs in a booting container: which beans it looks at, and warn versus strict. */
class SharedStateAuditBootTest {

    @Path("/counter")
    @ApplicationScoped
    public static class CounterResource {
        private int count;

        @GET
        public int next() {
            return ++count;
        }
    }

    @Path("/per-request")
    @RequestScoped
    public static class RequestScopedResource {
        private String last;

        @GET
        public String get() {
            last = "x";
            return last;
        }
    }

    @Dependent
    public static class DependentBean {
        private String last;

        public void set(String value) {
            last = value;
        }
    }

    @Path("/reviewed")
    @ApplicationScoped
    public static class ReviewedResource {
        @SharedStateReviewed(reason = "approximate statistics")
        private long hits;

        @GET
        public long hit() {
            return ++hits;
        }
    }

    @ApplicationScoped
    public static class Greeter {
        private String lastName;

        public String greet(String name) {
            lastName = name;
            return "Hello " + lastName;
        }
    }

    @View("/greet")
    public static class GreetingView {
        @Inject
        Greeter greeter;

        @GET
        public String show() {
            return greeter.greet("Ada");
        }
    }

    public interface Store<T> {
        void keep(T value);
    }

    @ApplicationScoped
    public static class TextStore implements Store<String> {
        private String kept;

        @Override
        public void keep(String value) {
            kept = value;
        }
    }

    @ApplicationScoped
    public static class NumberStore implements Store<Integer> {
        private Integer kept;

        @Override
        public void keep(Integer value) {
            kept = value;
        }
    }

    @View("/keep")
    public static class KeepingView {
        @Inject
        Store<String> store;

        @GET
        public String show() {
            store.keep("Ada");
            return "kept";
        }
    }

    public interface Namer {
        String name(String value);
    }

    @ApplicationScoped
    @Named("plain")
    public static class PlainNamer implements Namer {
        private String last;

        @Override
        public String name(String value) {
            last = value;
            return last;
        }
    }

    @ApplicationScoped
    @Named("fancy")
    public static class FancyNamer implements Namer {
        private String last;

        @Override
        public String name(String value) {
            last = "~" + value;
            return last;
        }
    }

    @View("/named")
    public static class NamingView {
        @Inject
        @Named("fancy")
        Namer namer;

        @GET
        public String show() {
            return namer.name("Ada");
        }
    }

    @Provider
    public static class StatefulProvider {
        private Object lastEntity;

        public void writeTo(Object entity) {
            lastEntity = entity;
        }
    }

    public static class CartResource {
        private final java.util.List<String> items = new java.util.ArrayList<>();

        @GET
        public int add() {
            items.add("item");
            return items.size();
        }
    }

    public static class SingletonsApplication extends Application {
        @Override
        public Set<Object> getSingletons() {
            return Set.of(new CartResource());
        }
    }

    public static class LastVisitorServlet extends HttpServlet {
        private String lastVisitor;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            lastVisitor = request.getRemoteAddr();
        }
    }

    @AfterEach
    void clearMode() {
        System.clearProperty(Setting.AUDIT.key());
    }

    private static List<String> warnings(Weld weld) {
        try (LogRecords log = LogRecords.of("org.freshview.audit", Level.ALL);
             WeldContainer container = weld.initialize()) {
            assertTrue(container.isRunning());
            return log.messages(Level.WARNING);
        }
    }

    private static String first(List<String> messages, String prefix) {
        return messages.stream().filter(m -> m.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no message starting with " + prefix + " in " + messages));
    }

    @Test
    void an_application_scoped_resource_writing_a_field_boots_with_one_warning() {
        List<String> warnings = warnings(Boot.weld(CounterResource.class));

        assertEquals(List.of("FV-401 " + CounterResource.class.getName() + "#count: The field count (int) is written"
                + " in next(), but the class is an @ApplicationScoped Jakarta REST resource (one instance for all"
                + " requests), so concurrent requests overwrite each other's value. Keep the value in a local"
                + " variable or a @RequestScoped bean, or use a thread-safe type (an AtomicReference, AtomicLong,"
                + " ...). If sharing is intended and safe, annotate the field with"
                + " @SharedStateReviewed(reason = \"...\")."), warnings);
    }

    @Test
    void in_strict_mode_the_same_resource_fails_deployment() {
        System.setProperty(Setting.AUDIT.key(), "strict");

        String message = Boot.failsWithDeploymentProblem(Boot.weld(CounterResource.class));

        assertTrue(message.contains("FV-401 " + CounterResource.class.getName() + "#count: The field count (int)"
                + " is written in next(), but the class is an @ApplicationScoped Jakarta REST resource"), message);
    }

    @Test
    void with_the_audit_off_nothing_is_reported() {
        System.setProperty(Setting.AUDIT.key(), "off");

        assertEquals(List.of(), warnings(Boot.weld(CounterResource.class)));
    }

    @Test
    void request_scoped_resources_dependent_beans_and_reviewed_fields_are_not_findings() {
        assertEquals(List.of(), warnings(Boot.weld(RequestScopedResource.class, DependentBean.class,
                ReviewedResource.class)));
    }

    @Test
    void an_application_scoped_bean_injected_into_a_view_is_audited() {
        List<String> warnings = warnings(Boot.weld(GreetingView.class, Greeter.class));

        assertEquals(List.of("FV-401 " + Greeter.class.getName() + "#lastName: The field lastName (String) is"
                + " written in greet(), but the class is an @ApplicationScoped bean injected into the view "
                + GreetingView.class.getName() + " (one instance for all requests), so concurrent requests"
                + " overwrite each other's value. Keep the value in a local variable or a @RequestScoped bean, or"
                + " use a thread-safe type (an AtomicReference, AtomicLong, ...). If sharing is intended and safe,"
                + " annotate the field with @SharedStateReviewed(reason = \"...\")."), warnings);
    }

    @Test
    void of_two_beans_of_one_type_only_the_one_the_qualifier_picks_is_audited() {
        List<String> warnings = warnings(Boot.weld(NamingView.class, PlainNamer.class, FancyNamer.class));

        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("FV-401 " + FancyNamer.class.getName() + "#last: The field last"
                + " (String) is written in name(), but the class is an @ApplicationScoped bean injected into the view "
                + NamingView.class.getName()), warnings::toString);
    }

    @Test
    void a_bean_injected_through_a_parameterized_type_is_the_one_audited() {
        List<String> warnings = warnings(Boot.weld(KeepingView.class, TextStore.class, NumberStore.class));

        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("FV-401 " + TextStore.class.getName() + "#kept: The field kept"
                + " (String) is written in keep(), but the class is an @ApplicationScoped bean injected into the view "
                + KeepingView.class.getName()), warnings::toString);
    }

    @Test
    void a_provider_without_request_scope_is_audited() {
        List<String> warnings = warnings(Boot.weld(StatefulProvider.class).setBeanDiscoveryMode(BeanDiscoveryMode.ALL));

        assertTrue(first(warnings, "FV-401 " + StatefulProvider.class.getName() + "#lastEntity: ")
                .contains("but the class is a Jakarta REST provider (the runtime keeps one instance for all requests)"),
                warnings::toString);
    }

    @Test
    void a_servlet_seen_by_bean_discovery_is_audited() {
        List<String> warnings = warnings(Boot.weld(LastVisitorServlet.class)
                .setBeanDiscoveryMode(BeanDiscoveryMode.ALL));

        assertTrue(first(warnings, "FV-401 " + LastVisitorServlet.class.getName() + "#lastVisitor: ")
                .contains("is written in doGet(), but the class is a servlet (the container keeps one instance for"
                        + " all requests)"), warnings::toString);
    }

    @Test
    void a_resource_created_in_application_get_singletons_is_audited() {
        List<String> warnings = warnings(Boot.weld(SingletonsApplication.class)
                .setBeanDiscoveryMode(BeanDiscoveryMode.ALL));

        assertTrue(first(warnings, "FV-403 " + CartResource.class.getName() + "#items: ")
                .contains("is changed through List.add in add(), but the class is an object created in "
                        + SingletonsApplication.class.getName() + "#getSingletons() (the Jakarta REST runtime uses"
                        + " it for all requests)"), warnings::toString);
    }
}
