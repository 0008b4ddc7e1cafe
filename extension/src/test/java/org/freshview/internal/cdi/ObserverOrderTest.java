package org.freshview.internal.cdi;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.InjectionTarget;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessInjectionTarget;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.apache.bval.cdi.BValBinding;
import org.freshview.View;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of {@link ObserverOrder}, checked beside extensions that change a view at the
 * default priority (where RESTEasy, Hibernate Validator and Apache BVal observe) and at
 * priorities in between Freshview's: a view keeps the container's injection target, is checked
 * as the other extensions left its type, and loses the method-validation binding they added.
 */
class ObserverOrderTest {

    /** Just after {@link ObserverOrder#FIRST}, just before {@link ObserverOrder#LAST}, and the top of the platform range. */
    private static final int JUST_AFTER_FIRST = Interceptor.Priority.PLATFORM_BEFORE + 1;
    private static final int JUST_BEFORE_LAST = Interceptor.Priority.PLATFORM_AFTER + 999;

    @View("/ordered")
    public static class OrderedView {
        @Inject
        BeanManager beanManager;
        @QueryParam("q")
        String q;

        @GET
        public String show() {
            return beanManager == null ? "not injected" : "injected by the container";
        }
    }

    @View("/scoped-at-default")
    public static class ScopedAtDefaultView {
        String key;

        @GET
        public String show() {
            return key;
        }
    }

    @View("/scoped-late")
    public static class ScopedLateView {
        String key;

        @GET
        public String show() {
            return key;
        }
    }

    /**
     * What RESTEasy's {@code JaxrsInjectionTarget} does to a class it takes for a resource: the
     * container's injection, then the Jakarta REST fields from the current Jakarta REST request,
     * which outside one fails.
     */
    static final class RestInjectionTarget<T> implements InjectionTarget<T> {
        private final InjectionTarget<T> delegate;
        private final String wrappedBy;

        RestInjectionTarget(InjectionTarget<T> delegate, String wrappedBy) {
            this.delegate = delegate;
            this.wrappedBy = wrappedBy;
        }

        @Override
        public void inject(T instance, CreationalContext<T> context) {
            delegate.inject(instance, context);
            throw new IllegalStateException("Unable to find contextual data of type HttpRequest (injection target"
                    + " wrapped " + wrappedBy + ")");
        }

        @Override
        public void postConstruct(T instance) {
            delegate.postConstruct(instance);
        }

        @Override
        public void preDestroy(T instance) {
            delegate.preDestroy(instance);
        }

        @Override
        public T produce(CreationalContext<T> context) {
            return delegate.produce(context);
        }

        @Override
        public void dispose(T instance) {
            delegate.dispose(instance);
        }

        @Override
        public Set<InjectionPoint> getInjectionPoints() {
            return delegate.getInjectionPoints();
        }

        @Override
        public String toString() {
            return "RestInjectionTarget wrapped " + wrappedBy;
        }
    }

    /** Whether RESTEasy takes a class for a Jakarta REST component: {@code @Path} on it, or a method with {@code @Path} or an HTTP method. */
    static boolean isRestComponent(Class<?> type) {
        return type.isAnnotationPresent(Path.class) || Arrays.stream(type.getMethods()).anyMatch(ObserverOrderTest::isRestMethod);
    }

    private static boolean isRestMethod(Method method) {
        return method.isAnnotationPresent(Path.class)
                || Arrays.stream(method.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    static <T> void wrap(ProcessInjectionTarget<T> event, String wrappedBy) {
        if (isRestComponent(event.getAnnotatedType().getJavaClass())) {
            event.setInjectionTarget(new RestInjectionTarget<>(event.getInjectionTarget(), wrappedBy));
        }
    }

    /** RESTEasy's {@code ResteasyCdiExtension.observeInjectionTarget}: no priority, so the default. */
    public static class ResteasyLikeExtension implements Extension {
        <T> void observeInjectionTarget(@Observes ProcessInjectionTarget<T> event) {
            wrap(event, "at the default priority");
        }
    }

    /** Another extension wrapping the same way, between Freshview's observers and next to them. */
    public static class WrapsInBetween implements Extension {
        <T> void justAfterFirst(@Observes @Priority(JUST_AFTER_FIRST) ProcessInjectionTarget<T> event) {
            wrap(event, "just after FIRST");
        }

        <T> void atPlatformAfter(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) ProcessInjectionTarget<T> event) {
            wrap(event, "at PLATFORM_AFTER");
        }

        <T> void justBeforeLast(@Observes @Priority(JUST_BEFORE_LAST) ProcessInjectionTarget<T> event) {
            wrap(event, "just before LAST");
        }
    }

    /** What the container ends up with, noted after every extension, Freshview's included. */
    public static class Outcome implements Extension {
        final Map<Class<?>, InjectionTarget<?>> targets = new HashMap<>();
        final Map<Class<?>, AnnotatedType<?>> types = new HashMap<>();

        <T> void target(@Observes @Priority(ObserverOrder.LAST + 1000) ProcessInjectionTarget<T> event) {
            targets.put(event.getAnnotatedType().getJavaClass(), event.getInjectionTarget());
        }

        <T> void type(@Observes ProcessManagedBean<T> event) {
            types.put(event.getAnnotatedBeanClass().getJavaClass(), event.getAnnotatedBeanClass());
        }
    }

    /** Makes one view application scoped at the default priority, the other at the top of the platform range. */
    public static class AddsApplicationScope implements Extension {
        void atDefault(@Observes ProcessAnnotatedType<ScopedAtDefaultView> event) {
            event.configureAnnotatedType().add(ApplicationScoped.Literal.INSTANCE);
        }

        void atPlatformAfter(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) ProcessAnnotatedType<ScopedLateView> event) {
            event.configureAnnotatedType().add(ApplicationScoped.Literal.INSTANCE);
        }
    }

    private static final class BValBindingLiteral extends AnnotationLiteral<BValBinding> implements BValBinding {
    }

    /** What Apache BVal's extension does to a class with constraints (at the default priority), and once more later. */
    public static class AddsMethodValidation implements Extension {
        <T> void atDefault(@Observes ProcessAnnotatedType<OrderedView> event) {
            event.configureAnnotatedType().add(new BValBindingLiteral())
                    .filterMethods(m -> m.getJavaMember().getName().equals("show"))
                    .forEach(m -> m.add(new BValBindingLiteral()));
        }

        <T> void atPlatformAfter(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) ProcessAnnotatedType<OrderedView> event) {
            event.configureAnnotatedType()
                    .filterMethods(m -> m.getJavaMember().getName().equals("show"))
                    .forEach(m -> m.add(new BValBindingLiteral()));
        }
    }

    @Test
    void a_view_keeps_the_containers_injection_target_whatever_other_extensions_wrap_it_in() {
        Outcome outcome = new Outcome();
        try (WeldContainer container = Boot.weld(OrderedView.class).addExtension(new ResteasyLikeExtension())
                .addExtension(new WrapsInBetween()).addExtension(outcome).initialize()) {
            assertFalse(outcome.targets.get(OrderedView.class) instanceof RestInjectionTarget<?>,
                    () -> String.valueOf(outcome.targets.get(OrderedView.class)));

            RequestContextController request = container.select(RequestContextController.class).get();
            request.activate();
            try {
                assertEquals("injected by the container", container.select(OrderedView.class).get().show());
            } finally {
                request.deactivate();
            }
        }
    }

    @Test
    void a_class_that_is_not_a_view_keeps_what_other_extensions_made_of_its_injection_target() {
        Outcome outcome = new Outcome();
        try (WeldContainer container = Boot.weld(OrderedView.class, Resource.class)
                .addExtension(new ResteasyLikeExtension()).addExtension(outcome).initialize()) {
            assertTrue(outcome.targets.get(Resource.class) instanceof RestInjectionTarget<?>);
        }
    }

    @Path("/resource")
    public static class Resource {
        @GET
        public String get() {
            return "";
        }
    }

    @Test
    void a_view_is_checked_as_other_extensions_left_its_type() {
        String message = Boot.failsWithDefinitionError(Boot.weld(ScopedAtDefaultView.class, ScopedLateView.class)
                .addExtension(new AddsApplicationScope()));

        for (Class<?> view : List.of(ScopedAtDefaultView.class, ScopedLateView.class)) {
            String expected = "FV-101 " + view.getName() + ": The view is @ApplicationScoped (declared on the class)";
            assertTrue(message.contains(expected), () -> "expected to find\n  " + expected + "\nin\n  " + message);
        }
        assertFalse(message.contains("set by a portable extension"), message);
    }

    @Test
    void the_method_validation_other_extensions_bind_to_a_views_handlers_is_taken_off() throws Exception {
        Outcome outcome = new Outcome();
        try (WeldContainer container = Boot.weld(OrderedView.class).addExtension(new AddsMethodValidation())
                .addExtension(outcome).initialize()) {
            AnnotatedType<?> type = outcome.types.get(OrderedView.class);
            List<String> bound = new ArrayList<>();
            if (type.isAnnotationPresent(BValBinding.class)) {
                bound.add(type.getJavaClass().getSimpleName());
            }
            type.getMethods().stream().filter(m -> m.isAnnotationPresent(BValBinding.class))
                    .forEach(m -> bound.add(m.getJavaMember().getName()));

            assertEquals(List.of(), bound);
        }
    }
}
