package org.freshview.internal.cdi;

import jakarta.enterprise.inject.spi.InjectionTarget;
import jakarta.enterprise.inject.spi.ProcessInjectionTarget;
import org.freshview.View;

import java.util.HashMap;
import java.util.Map;

/**
 * Each view's injection target as the container made it: kept before other extensions wrap it
 * and put back after them ({@link ObserverOrder}), so that a Jakarta REST implementation does
 * not inject a view's fields.
 */
final class ContainerInjectionTargets {

    private final Map<Class<?>, InjectionTarget<?>> kept = new HashMap<>();

    /** Keeps a view's injection target; run before every other extension. */
    <T> void keep(ProcessInjectionTarget<T> event) {
        if (event.getAnnotatedType().isAnnotationPresent(View.class)) {
            kept.put(event.getAnnotatedType().getJavaClass(), event.getInjectionTarget());
        }
    }

    /** Puts back the view's injection target kept before, if another extension replaced it; run after every other extension. */
    <T> void restore(ProcessInjectionTarget<T> event) {
        InjectionTarget<?> original = kept.remove(event.getAnnotatedType().getJavaClass());
        if (original != null && original != event.getInjectionTarget()) {
            @SuppressWarnings("unchecked")
            InjectionTarget<T> restored = (InjectionTarget<T>) original;
            event.setInjectionTarget(restored);
        }
    }
}
