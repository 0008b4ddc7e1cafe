package org.freshview.internal.cdi;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.rules.Findings;
import org.freshview.internal.rules.ScopeMessages;
import org.freshview.internal.rules.ShapeAndScopeRules;
import org.freshview.internal.rules.ViewShape;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The extension's check of each view against the FV-1xx rules, which it does not define: the
 * view type as discovered (to get ahead of the container's generic errors) is described as a
 * {@link ViewShape} and checked by {@link ShapeAndScopeRules}, the same rules the annotation
 * processor runs; the final bean's scope (which a portable extension may have set later) is
 * checked here. Problems are collected and reported together.
 */
final class ShapeAndScopeCheck {

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
        return ShapeAndScopeRules.check(shape(type, beanManager), new Findings() {
            @Override
            public void problem(Diagnostic diagnostic, Object origin) {
                problems.add(diagnostic);
            }

            @Override
            public void warning(Diagnostic diagnostic, Object origin) {
                problems.add(diagnostic);
            }
        });
    }

    /** Checks the scope of the bean the container built, after every extension had its say. */
    void checkBean(Bean<?> bean, Class<?> view, BeanManager beanManager) {
        Class<? extends Annotation> scope = bean.getScope();
        if (scope != RequestScoped.class) {
            problems.add(ScopeMessages.sharedScope(view.getName(), annotation(scope, beanManager),
                    "set by a portable extension while the container booted",
                    ShapeAndScopeRules.instanceFields(shape(view, List.of(), Map.of()))));
        }
    }

    List<Diagnostic> problems() {
        return List.copyOf(problems);
    }

    /** The view type as the shared rules see it. */
    static ViewShape shape(AnnotatedType<?> type, BeanManager beanManager) {
        List<ViewShape.Annotation> annotations = new ArrayList<>();
        Map<String, List<ViewShape.Annotation>> stereotypes = new HashMap<>();
        for (Annotation annotation : type.getAnnotations()) {
            annotations.add(annotation(annotation.annotationType(), beanManager));
            addStereotype(annotation.annotationType(), beanManager, stereotypes);
        }
        return shape(type.getJavaClass(), annotations, stereotypes);
    }

    private static void addStereotype(Class<? extends Annotation> kind, BeanManager beanManager,
                                      Map<String, List<ViewShape.Annotation>> stereotypes) {
        if (!beanManager.isStereotype(kind) || stereotypes.containsKey(kind.getName())) {
            return;
        }
        List<ViewShape.Annotation> definition = new ArrayList<>();
        stereotypes.put(kind.getName(), definition);
        for (Annotation meta : beanManager.getStereotypeDefinition(kind)) {
            definition.add(annotation(meta.annotationType(), beanManager));
            addStereotype(meta.annotationType(), beanManager, stereotypes);
        }
    }

    private static ViewShape.Annotation annotation(Class<? extends Annotation> kind, BeanManager beanManager) {
        boolean normal = beanManager.isNormalScope(kind);
        return new ViewShape.Annotation(kind.getName(), kind.getSimpleName(), normal || beanManager.isScope(kind),
                normal, beanManager.isStereotype(kind));
    }

    private static ViewShape shape(Class<?> view, List<ViewShape.Annotation> annotations,
                                   Map<String, List<ViewShape.Annotation>> stereotypes) {
        int modifiers = view.getModifiers();
        ViewShape.Kind kind = view.isAnonymousClass() ? ViewShape.Kind.ANONYMOUS
                : view.isLocalClass() ? ViewShape.Kind.LOCAL
                : !view.isMemberClass() ? ViewShape.Kind.TOP_LEVEL
                : Modifier.isStatic(modifiers) ? ViewShape.Kind.STATIC_NESTED : ViewShape.Kind.INNER;
        List<ViewShape.Constructor> constructors = new ArrayList<>();
        for (Constructor<?> constructor : view.getDeclaredConstructors()) {
            constructors.add(new ViewShape.Constructor(constructor.getParameterCount(),
                    Modifier.isPrivate(constructor.getModifiers())));
        }
        List<ViewShape.Method> methods = new ArrayList<>();
        List<ViewShape.Field> fields = new ArrayList<>();
        for (Class<?> c = view; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                int m = method.getModifiers();
                methods.add(new ViewShape.Method(method.getName(),
                        method.getName() + Arrays.toString(method.getParameterTypes()), method,
                        Modifier.isFinal(m), Modifier.isStatic(m), Modifier.isPrivate(m), method.isSynthetic()));
            }
            for (Field field : c.getDeclaredFields()) {
                fields.add(new ViewShape.Field(field.getName(), field.getType().getSimpleName(),
                        Modifier.isStatic(field.getModifiers()), field.isSynthetic(),
                        field.isAnnotationPresent(Inject.class)));
            }
        }
        return new ViewShape(view.getName(), view, kind, Modifier.isAbstract(modifiers), Modifier.isFinal(modifiers),
                view.isRecord(), constructors, methods, fields, annotations, stereotypes);
    }
}
