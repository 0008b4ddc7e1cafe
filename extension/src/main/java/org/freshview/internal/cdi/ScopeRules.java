package org.freshview.internal.cdi;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import org.freshview.View;
import org.freshview.internal.diagnostics.Diagnostic;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The FV-1xx rules: a view is a request-scoped bean the container can proxy. Checks run on
 * the annotated type as discovered (to get ahead of the container's generic errors) and on the
 * final bean (to catch a scope that a portable extension set later); problems are collected
 * and reported together.
 */
final class ScopeRules {

    private final List<Diagnostic> problems = new ArrayList<>();

    /**
     * Checks a discovered {@code @View} type: its shape and the scopes its annotations declare.
     *
     * @return false when the type is broken and must be vetoed, so that the container does not
     *         add a generic error of its own on top of the FV- message
     */
    boolean acceptType(AnnotatedType<?> type, BeanManager beanManager) {
        Class<?> view = type.getJavaClass();
        if (view.isInterface() || view.isEnum() || view.isAnnotation()) {
            return true; // not a bean class at all; CDI ignores it and so do we
        }
        int before = problems.size();
        checkShape(view);
        checkDeclaredScope(type, view, beanManager);
        return problems.size() == before;
    }

    /** Checks the scope of the bean the container built, after every extension had its say. */
    void checkBean(Bean<?> bean, Class<?> view, BeanManager beanManager) {
        Class<? extends Annotation> scope = bean.getScope();
        if (scope != RequestScoped.class) {
            problems.add(ScopeMessages.sharedScope(view, scope, "set by a portable extension while the container"
                    + " booted", beanManager.isNormalScope(scope), instanceFields(view)));
        }
    }

    List<Diagnostic> problems() {
        return List.copyOf(problems);
    }

    private void checkShape(Class<?> view) {
        int modifiers = view.getModifiers();
        boolean inner = view.isAnonymousClass() || view.isLocalClass()
                || (view.isMemberClass() && !Modifier.isStatic(modifiers));
        if (inner) {
            problems.add(ScopeMessages.innerClass(view));
        }
        if (Modifier.isAbstract(modifiers)) {
            problems.add(ScopeMessages.abstractClass(view));
        }
        if (Modifier.isFinal(modifiers)) {
            problems.add(ScopeMessages.finalClass(view));
        }
        if (!inner && !Modifier.isAbstract(modifiers) && !hasProxyConstructor(view)) {
            problems.add(ScopeMessages.noProxyConstructor(view));
        }
        for (Method method : finalMethods(view)) {
            problems.add(ScopeMessages.finalMethod(view, method));
        }
    }

    private static boolean hasProxyConstructor(Class<?> view) {
        for (Constructor<?> constructor : view.getDeclaredConstructors()) {
            if (constructor.getParameterCount() == 0 && !Modifier.isPrivate(constructor.getModifiers())) {
                return true;
            }
        }
        return false;
    }

    /** Final, non-static, non-private methods of the class and its superclasses below Object. */
    private static List<Method> finalMethods(Class<?> view) {
        List<Method> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Class<?> c = view; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                int m = method.getModifiers();
                boolean visible = !Modifier.isPrivate(m);
                if (Modifier.isFinal(m) && !Modifier.isStatic(m) && visible && !method.isSynthetic()
                        && seen.add(method.getName() + Arrays.toString(method.getParameterTypes()))) {
                    found.add(method);
                }
            }
        }
        return found;
    }

    /**
     * A scope on the class wins over the stereotypes' defaults; without one, a second stereotype
     * that brings another scope would clash with {@code @View}'s {@code @RequestScoped}.
     */
    private void checkDeclaredScope(AnnotatedType<?> type, Class<?> view, BeanManager beanManager) {
        for (Annotation annotation : type.getAnnotations()) {
            Class<? extends Annotation> kind = annotation.annotationType();
            if (isScope(kind, beanManager)) {
                if (kind != RequestScoped.class) {
                    problems.add(ScopeMessages.sharedScope(view, kind, "declared on the class",
                            beanManager.isNormalScope(kind), instanceFields(view)));
                }
                return;
            }
        }
        for (Annotation annotation : type.getAnnotations()) {
            Class<? extends Annotation> kind = annotation.annotationType();
            if (kind != View.class && beanManager.isStereotype(kind)) {
                Class<? extends Annotation> scope = stereotypeScope(kind, beanManager, new HashSet<>());
                if (scope != null && scope != RequestScoped.class) {
                    problems.add(ScopeMessages.sharedScope(view, scope, "from the stereotype @" + kind.getSimpleName(),
                            beanManager.isNormalScope(scope), instanceFields(view)));
                    return;
                }
            }
        }
    }

    private static Class<? extends Annotation> stereotypeScope(Class<? extends Annotation> stereotype,
                                                               BeanManager beanManager,
                                                               Set<Class<?>> visited) {
        if (!visited.add(stereotype)) {
            return null;
        }
        for (Annotation meta : beanManager.getStereotypeDefinition(stereotype)) {
            Class<? extends Annotation> kind = meta.annotationType();
            if (isScope(kind, beanManager)) {
                return kind;
            }
            if (beanManager.isStereotype(kind)) {
                Class<? extends Annotation> inherited = stereotypeScope(kind, beanManager, visited);
                if (inherited != null) {
                    return inherited;
                }
            }
        }
        return null;
    }

    private static boolean isScope(Class<? extends Annotation> kind, BeanManager beanManager) {
        return beanManager.isScope(kind) || beanManager.isNormalScope(kind);
    }

    /**
     * Instance fields of the view and its superclasses: what a shared instance would share.
     * Injected fields are left out: they hold container-managed references, not request data.
     */
    static List<Field> instanceFields(Class<?> view) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = view; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()
                        && !field.isAnnotationPresent(Inject.class)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}
