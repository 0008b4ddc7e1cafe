package org.freshview.internal.cdi;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.InjectionPoint;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The managed beans the extension saw while the container discovered them, to find the bean
 * behind a view's injection point without the {@code BeanManager}. On GlassFish 7 the manager that
 * the extension's {@code AfterDeploymentValidation} observer gets is the one of a bean archive of
 * the extension's own ({@code Weld BeanManager for org.freshview.internal.cdi.ViewExtension [bean
 * count=33]}, as logged in a run of ServedClassesAuditIT): {@code getBeans} there finds no bean of
 * {@code WEB-INF/classes} for a view's {@code @Inject}, so the bean went unaudited. What the
 * container announced to the extension does not depend on which archive's manager it hands out.
 */
final class SeenBeans {

    private final List<Bean<?>> beans = new ArrayList<>();

    void add(Bean<?> bean) {
        beans.add(bean);
    }

    /**
     * The one seen bean that matches the point's type and qualifiers (an alternative wins over
     * the others), or empty: none, several (the container reports the ambiguity), or a producer.
     */
    Optional<Bean<?>> resolve(InjectionPoint point) {
        List<Bean<?>> candidates = new ArrayList<>();
        for (Bean<?> bean : beans) {
            if (bean.getTypes().contains(point.getType()) && qualifies(bean.getQualifiers(), point.getQualifiers())) {
                candidates.add(bean);
            }
        }
        if (candidates.size() > 1) {
            candidates.removeIf(bean -> !bean.isAlternative());
        }
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    private static boolean qualifies(Set<Annotation> beanQualifiers, Set<Annotation> required) {
        boolean named = false;
        for (Annotation qualifier : required) {
            if (qualifier.annotationType() == Any.class) {
                continue;
            }
            named = true;
            if (!beanQualifiers.contains(qualifier)) {
                return false;
            }
        }
        return named || beanQualifiers.stream().anyMatch(q -> q.annotationType() == Default.class);
    }
}
