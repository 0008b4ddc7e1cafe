package org.freshview.internal.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Stereotype;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessBeanAttributes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import org.freshview.View;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.TYPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShapeAndScopeCheckTest {

    private static final String FIX = " Remove @%s (a @View is @RequestScoped without any scope annotation) and keep"
            + " state that must outlive a request in a separate, thread-safe bean that the view injects.";

    @View("/plain")
    public static class PlainView {
        String key;

        @GET
        public String show() {
            return key;
        }
    }

    @View("/app")
    @ApplicationScoped
    public static class ApplicationView {
        @Inject
        BeanManager beanManager; // container-managed: not listed as shared
        String key;
        long itemId;

        @GET
        public String show() {
            return key;
        }
    }

    @View("/singleton")
    @Singleton
    public static class SingletonView {
        String key;

        @GET
        public String show() {
            return key;
        }
    }

    @View("/session")
    @SessionScoped
    public static class SessionView implements Serializable {
        String key;

        @GET
        public String show() {
            return key;
        }
    }

    @View("/conversation")
    @ConversationScoped
    public static class ConversationView implements Serializable {
        @GET
        public String show() {
            return "";
        }
    }

    @View("/dependent")
    @Dependent
    public static class DependentView {
        int page;

        @GET
        public String show() {
            return "" + page;
        }
    }

    @NormalScope
    @Retention(RetentionPolicy.RUNTIME)
    @Target(TYPE)
    public @interface TenantScoped {
    }

    @View("/tenant")
    @TenantScoped
    public static class TenantView {
        String tenant;

        @GET
        public String show() {
            return tenant;
        }
    }

    @Stereotype
    @ApplicationScoped
    @Retention(RetentionPolicy.RUNTIME)
    @Target(TYPE)
    public @interface Cached {
    }

    @View("/cached")
    @Cached
    public static class CachedView {
        String key;

        @GET
        public String show() {
            return key;
        }
    }

    @View("/explicit")
    @RequestScoped
    @Cached
    public static class ExplicitRequestScopeView {
        @GET
        public String show() {
            return "";
        }
    }

    @View("/modified")
    public static class ModifiedView {
        String key;

        @GET
        public String show() {
            return key;
        }
    }

    /** An extension that makes a view application scoped by changing its annotated type. */
    public static class AddsApplicationScope implements Extension {
        void addScope(@Observes ProcessAnnotatedType<ModifiedView> event) {
            event.configureAnnotatedType().add(ApplicationScoped.Literal.INSTANCE);
        }
    }

    /** An extension that makes a view a singleton by changing its bean attributes. */
    public static class SetsSingletonScope implements Extension {
        void setScope(@Observes ProcessBeanAttributes<ModifiedView> event) {
            event.configureBeanAttributes().scope(Singleton.class);
        }
    }

    @View("/final")
    public static final class FinalView {
        @GET
        public String show() {
            return "";
        }
    }

    @View("/record")
    public record RecordView(String key) {
        @GET
        public String show() {
            return key;
        }
    }

    @View("/constructor")
    public static class ConstructorView {
        private final String key;

        @Inject
        public ConstructorView(PlainView other) {
            this.key = "k";
        }

        @GET
        public String show() {
            return key;
        }
    }

    @View("/final-method")
    public static class FinalMethodView {
        @GET
        public final String show() {
            return "";
        }

        protected final void helper() {
        }

        private final void privateIsFine() {
        }
    }

    @View("/inner")
    public class InnerView {
        @GET
        public String show() {
            return "";
        }
    }

    @View("/abstract")
    public abstract static class AbstractView {
        @GET
        public String show() {
            return "";
        }
    }

    private static String fv101(Class<?> view, String scope, String source, String consequence, String fields) {
        return "FV-101 " + view.getName() + ": The view is @" + scope + " (" + source + "), but a view must be"
                + " @RequestScoped: " + consequence + "." + fields + String.format(FIX, scope);
    }

    private static void assertContains(String expected, String actual) {
        assertTrue(actual.contains(expected), () -> "expected to find\n  " + expected + "\nin\n  " + actual);
    }

    @Test
    void a_view_without_a_scope_annotation_is_request_scoped() {
        try (WeldContainer container = Boot.weld(PlainView.class).initialize()) {
            Bean<?> bean = container.getBeanManager().resolve(container.getBeanManager().getBeans(PlainView.class));
            assertEquals(RequestScoped.class, bean.getScope());
        }
    }

    @Test
    void a_view_that_declares_request_scope_itself_boots_even_with_a_stereotype_bringing_another_scope() {
        Boot.succeeds(Boot.weld(ExplicitRequestScopeView.class));
    }

    @Test
    void an_application_scoped_view_fails_deployment_naming_its_shared_fields() {
        String message = Boot.failsWithDefinitionError(Boot.weld(ApplicationView.class));

        assertContains(fv101(ApplicationView.class, "ApplicationScoped", "declared on the class",
                "one instance would serve every request of every user at the same time",
                " These instance fields would be shared: key (String), itemId (long)."), message);
    }

    @Test
    void a_singleton_view_fails_deployment() {
        String message = Boot.failsWithDefinitionError(Boot.weld(SingletonView.class));

        assertContains(fv101(SingletonView.class, "Singleton", "declared on the class",
                "one instance would serve every request of every user at the same time",
                " These instance fields would be shared: key (String)."), message);
    }

    @Test
    void a_session_scoped_view_fails_deployment() {
        String message = Boot.failsWithDefinitionError(Boot.weld(SessionView.class));

        assertContains(fv101(SessionView.class, "SessionScoped", "declared on the class",
                "one instance would serve every request of a session, concurrent ones included",
                " These instance fields would be shared: key (String)."), message);
    }

    @Test
    void a_conversation_scoped_view_without_fields_fails_deployment() {
        String message = Boot.failsWithDefinitionError(Boot.weld(ConversationView.class));

        assertContains(fv101(ConversationView.class, "ConversationScoped", "declared on the class",
                "one instance would serve every request of a conversation, concurrent ones included",
                " It has no instance fields yet; any field added later would be shared."), message);
    }

    @Test
    void a_dependent_view_fails_deployment() {
        String message = Boot.failsWithDefinitionError(Boot.weld(DependentView.class));

        assertContains(fv101(DependentView.class, "Dependent", "declared on the class",
                "each injection point would get its own instance, and that instance would live as long as"
                        + " the bean it is injected into, not one request",
                " These instance fields would be shared: page (int)."), message);
    }

    @Test
    void a_view_with_a_custom_normal_scope_fails_deployment() {
        String message = Boot.failsWithDefinitionError(Boot.weld(TenantView.class));

        assertContains(fv101(TenantView.class, "TenantScoped", "declared on the class",
                "its instances would live as long as the @TenantScoped context, not one request, and serve"
                        + " every request in that context",
                " These instance fields would be shared: tenant (String)."), message);
    }

    @Test
    void a_view_made_application_scoped_by_another_stereotype_fails_deployment() {
        String message = Boot.failsWithDefinitionError(Boot.weld(CachedView.class));

        assertContains(fv101(CachedView.class, "ApplicationScoped", "from the stereotype @Cached",
                "one instance would serve every request of every user at the same time",
                " These instance fields would be shared: key (String)."), message);
    }

    @Test
    void a_view_made_application_scoped_by_an_extension_changing_its_type_fails_deployment() {
        String message = Boot.failsWithDefinitionError(
                Boot.withExtension(Boot.weld(ModifiedView.class), new AddsApplicationScope()));

        assertContains(fv101(ModifiedView.class, "ApplicationScoped", "declared on the class",
                "one instance would serve every request of every user at the same time",
                " These instance fields would be shared: key (String)."), message);
    }

    @Test
    void a_view_made_singleton_by_an_extension_changing_its_bean_fails_deployment() {
        String message = Boot.failsWithDefinitionError(
                Boot.withExtension(Boot.weld(ModifiedView.class), new SetsSingletonScope()));

        assertContains(fv101(ModifiedView.class, "Singleton", "set by a portable extension while the container booted",
                "one instance would serve every request of every user at the same time",
                " These instance fields would be shared: key (String)."), message);
    }

    @Test
    void a_final_view_class_fails_deployment_before_the_containers_proxy_error() {
        String message = Boot.failsWithDefinitionError(Boot.weld(FinalView.class));

        assertContains("FV-104 " + FinalView.class.getName() + ": The view class is final, so the container"
                + " cannot create the client proxy that a request-scoped bean needs. Remove final from the class.",
                message);
        assertFalse(message.contains("WELD-001437"), message);
    }

    @Test
    void a_record_view_fails_deployment() {
        String message = Boot.failsWithDefinitionError(Boot.weld(RecordView.class));

        assertContains("FV-104 " + RecordView.class.getName() + ": The view class is a record, and records are"
                + " final, so the container cannot create the client proxy that a request-scoped bean needs."
                + " Declare the view as a class, not a record.", message);
    }

    @Test
    void a_view_without_a_no_argument_constructor_fails_deployment() {
        String message = Boot.failsWithDefinitionError(Boot.weld(ConstructorView.class, PlainView.class));

        assertContains("FV-105 " + ConstructorView.class.getName() + ": The view has no non-private constructor"
                + " without parameters, which the container needs to create the client proxy of a request-scoped"
                + " bean. Add a public or protected constructor without parameters (an @Inject constructor may"
                + " stay next to it).", message);
    }

    @Test
    void a_view_with_final_methods_fails_deployment_once_per_method() {
        String message = Boot.failsWithDefinitionError(Boot.weld(FinalMethodView.class));

        assertContains("FV-106 " + FinalMethodView.class.getName() + "#show: The method is final, so the client"
                + " proxy cannot forward it to the current request's instance and the class cannot be proxied."
                + " Remove final from show(), or make it private or static.", message);
        assertContains("FV-106 " + FinalMethodView.class.getName() + "#helper: ", message);
        assertFalse(message.contains("#privateIsFine"), message);
    }

    @Test
    void a_non_static_inner_view_class_fails_deployment() {
        String message = Boot.failsWithDefinitionError(Boot.weld(InnerView.class));

        assertContains("FV-103 " + InnerView.class.getName() + ": The view is a non-static inner class, which the"
                + " container cannot instantiate because each instance needs an instance of the enclosing class."
                + " Declare it as a static nested class or a top-level class.", message);
    }

    @Test
    void an_abstract_view_class_fails_deployment() {
        String message = Boot.failsWithDefinitionError(Boot.weld(AbstractView.class));

        assertContains("FV-102 " + AbstractView.class.getName() + ": The view class is abstract, so the container"
                + " cannot create an instance of it for a request. Remove abstract, or put @View on a concrete"
                + " subclass instead.", message);
    }

    @Test
    void a_deployment_with_several_broken_views_reports_every_problem_in_one_boot() {
        String message = Boot.failsWithDefinitionError(Boot.weld(PlainView.class, ApplicationView.class,
                SessionView.class, FinalView.class, FinalMethodView.class, AbstractView.class, InnerView.class));

        assertContains("FV-101 " + ApplicationView.class.getName() + ": ", message);
        assertContains("FV-101 " + SessionView.class.getName() + ": ", message);
        assertContains("FV-104 " + FinalView.class.getName() + ": ", message);
        assertContains("FV-106 " + FinalMethodView.class.getName() + "#show: ", message);
        assertContains("FV-106 " + FinalMethodView.class.getName() + "#helper: ", message);
        assertContains("FV-102 " + AbstractView.class.getName() + ": ", message);
        assertContains("FV-103 " + InnerView.class.getName() + ": ", message);
        assertFalse(message.contains(PlainView.class.getName()), message);
    }
}
