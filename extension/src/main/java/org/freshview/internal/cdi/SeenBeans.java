package org.freshview.internal.cdi;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.InjectionPoint;

import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    /**
     * The beans by the raw class of each of their types, built on the first resolve: a WAR of 500
     * views and 1,700 beans otherwise compares every view's injection point with every bean.
     */
    private Map<Class<?>, Set<Bean<?>>> byRawType;
    private boolean indexComplete;

    void add(Bean<?> bean) {
        beans.add(bean);
        byRawType = null;
    }

    /**
     * The one seen bean that matches the point's type and qualifiers (an alternative wins over
     * the others), or empty: none, several (the container reports the ambiguity), or a producer.
     */
    Optional<Bean<?>> resolve(InjectionPoint point) {
        List<Bean<?>> candidates = new ArrayList<>();
        for (Bean<?> bean : beansOfType(point.getType())) {
            if (bean.getTypes().contains(point.getType()) && qualifies(bean.getQualifiers(), point.getQualifiers())) {
                candidates.add(bean);
            }
        }
        if (candidates.size() > 1) {
            candidates.removeIf(bean -> !bean.isAlternative());
        }
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** The beans that may have the type (all of them for a type variable or a generic array type), in order seen. */
    private Collection<Bean<?>> beansOfType(Type type) {
        Class<?> raw = rawClass(type);
        if (raw == null) {
            return beans;
        }
        if (byRawType == null) {
            Map<Class<?>, Set<Bean<?>>> index = new HashMap<>();
            boolean everyTypeRaw = true;
            for (Bean<?> bean : beans) {
                for (Type beanType : bean.getTypes()) {
                    Class<?> beanRaw = rawClass(beanType);
                    everyTypeRaw &= beanRaw != null;
                    if (beanRaw != null) {
                        index.computeIfAbsent(beanRaw, c -> new LinkedHashSet<>()).add(bean);
                    }
                }
            }
            byRawType = index;
            indexComplete = everyTypeRaw;
        }
        // a bean type without a raw class (a generic array type) is not indexed: then every bean is a candidate
        return indexComplete ? byRawType.getOrDefault(raw, Set.of()) : beans;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
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
