package org.freshview.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.spi.Contextual;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

import java.lang.invoke.MethodHandle;
import java.util.List;

/** One view, resolved at deployment: its bean, its CDI name and the binders of its fields. */
final class ViewEndpoint {

    private final Bean<Object> bean;
    private final BeanManager beanManager;
    private final String name;
    private final FieldBinding[] fields;

    /** A field and how to fill it. */
    record FieldBinding(MethodHandle setter, Binder binder) {
    }

    @SuppressWarnings("unchecked")
    ViewEndpoint(Bean<?> bean, BeanManager beanManager, List<FieldBinding> fields) {
        this.bean = (Bean<Object>) bean;
        this.beanManager = beanManager;
        this.name = bean.getName();
        this.fields = fields.toArray(FieldBinding[]::new);
    }

    /** The CDI {@code @Named} name, or {@code null}. */
    String name() {
        return name;
    }

    /**
     * This request's instance of the view, straight from the active request context: one
     * context lookup per request, and the real object rather than the client proxy, whose
     * every call would repeat that lookup and whose fields cannot be set.
     */
    Object instance() {
        return beanManager.getContext(RequestScoped.class)
                .get((Contextual<Object>) bean, beanManager.createCreationalContext(bean));
    }

    /** Fills the view's bound fields; safe because the instance serves this request only. */
    void bindFields(Object instance, Exchange exchange) throws Throwable {
        for (FieldBinding field : fields) {
            Object value = field.binder().bind(exchange);
            field.setter().invokeExact(instance, value);
        }
    }
}
