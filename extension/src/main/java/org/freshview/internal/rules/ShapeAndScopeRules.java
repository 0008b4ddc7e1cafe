package org.freshview.internal.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The FV-1xx rules that can be read from a class: a view is a request-scoped bean the
 * container can proxy. Run by the extension on each discovered view type (its
 * {@code ShapeAndScopeCheck}) and by the annotation processor on each {@code @View} class being
 * compiled.
 *
 * <pre>{@code
 * boolean ok = ShapeAndScopeRules.check(shape, findings);
 * }</pre>
 */
public final class ShapeAndScopeRules {

    static final String REQUEST_SCOPED = "jakarta.enterprise.context.RequestScoped";
    private static final String VIEW = "org.freshview.View";

    private ShapeAndScopeRules() {
    }

    /** Checks a view's shape and declared scope; false if a problem was reported. */
    public static boolean check(ViewShape view, Findings findings) {
        int[] count = {0};
        Findings counting = new Findings() {
            @Override
            public void problem(org.freshview.internal.diagnostics.Diagnostic diagnostic, Object origin) {
                count[0]++;
                findings.problem(diagnostic, origin);
            }

            @Override
            public void warning(org.freshview.internal.diagnostics.Diagnostic diagnostic, Object origin) {
                findings.warning(diagnostic, origin);
            }
        };
        checkShape(view, counting);
        checkDeclaredScope(view, counting);
        return count[0] == 0;
    }

    private static void checkShape(ViewShape view, Findings findings) {
        boolean inner = view.kind() == ViewShape.Kind.INNER || view.kind() == ViewShape.Kind.LOCAL
                || view.kind() == ViewShape.Kind.ANONYMOUS;
        if (inner) {
            findings.problem(ScopeMessages.innerClass(view.className(), view.kind()), view.origin());
        }
        if (view.isAbstract()) {
            findings.problem(ScopeMessages.abstractClass(view.className()), view.origin());
        }
        if (view.isFinal()) {
            findings.problem(ScopeMessages.finalClass(view.className(), view.isRecord()), view.origin());
        }
        if (!inner && !view.isAbstract() && !hasProxyConstructor(view)) {
            findings.problem(ScopeMessages.noProxyConstructor(view.className()), view.origin());
        }
        for (ViewShape.Method method : finalMethods(view)) {
            findings.problem(ScopeMessages.finalMethod(view.className(), method.name()), method.origin());
        }
    }

    private static boolean hasProxyConstructor(ViewShape view) {
        return view.constructors().stream().anyMatch(c -> c.parameterCount() == 0 && !c.isPrivate());
    }

    /** Final, non-static, non-private methods of the class and its superclasses below Object. */
    private static List<ViewShape.Method> finalMethods(ViewShape view) {
        List<ViewShape.Method> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ViewShape.Method method : view.methods()) {
            if (method.isFinal() && !method.isStatic() && !method.isPrivate() && !method.isSynthetic()
                    && seen.add(method.signature())) {
                found.add(method);
            }
        }
        return found;
    }

    /**
     * A scope on the class wins over the stereotypes' defaults; without one, a second stereotype
     * that brings another scope would clash with {@code @View}'s {@code @RequestScoped}.
     */
    private static void checkDeclaredScope(ViewShape view, Findings findings) {
        for (ViewShape.Annotation annotation : view.annotations()) {
            if (annotation.scope()) {
                if (!annotation.name().equals(REQUEST_SCOPED)) {
                    findings.problem(ScopeMessages.sharedScope(view.className(), annotation, "declared on the class",
                            instanceFields(view)), view.origin());
                }
                return;
            }
        }
        for (ViewShape.Annotation annotation : view.annotations()) {
            if (!annotation.name().equals(VIEW) && annotation.stereotype()) {
                ViewShape.Annotation scope = stereotypeScope(view, annotation, new HashSet<>());
                if (scope != null && !scope.name().equals(REQUEST_SCOPED)) {
                    findings.problem(ScopeMessages.sharedScope(view.className(), scope,
                            "from the stereotype @" + annotation.simpleName(), instanceFields(view)), view.origin());
                    return;
                }
            }
        }
    }

    private static ViewShape.Annotation stereotypeScope(ViewShape view, ViewShape.Annotation stereotype,
                                                        Set<String> visited) {
        if (!visited.add(stereotype.name())) {
            return null;
        }
        for (ViewShape.Annotation meta : view.stereotypes().getOrDefault(stereotype.name(), List.of())) {
            if (meta.scope()) {
                return meta;
            }
            if (meta.stereotype()) {
                ViewShape.Annotation inherited = stereotypeScope(view, meta, visited);
                if (inherited != null) {
                    return inherited;
                }
            }
        }
        return null;
    }

    /**
     * Instance fields of the view and its superclasses: what a shared instance would share.
     * Injected fields are left out: they hold container-managed references, not request data.
     */
    public static List<ViewShape.Field> instanceFields(ViewShape view) {
        return view.fields().stream().filter(f -> !f.isStatic() && !f.isSynthetic() && !f.isInjected()).toList();
    }
}
