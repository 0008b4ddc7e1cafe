package org.freshview.internal.web;

import jakarta.enterprise.inject.spi.AnnotatedField;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedParameter;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import org.freshview.CsrfExempt;
import org.freshview.Result;
import org.freshview.internal.cdi.ViewBean;
import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.diagnostics.DeploymentProblems;
import org.freshview.internal.routing.RouteSpec;
import org.freshview.internal.routing.UriTemplate;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads one view class into routes: its handler methods, their parameter binders and its
 * field binders, each resolved once into method handles and plain objects. Every problem found
 * is added to a list, so a deployment reports all of them at once.
 */
final class ViewReader {

    private static final System.Logger LOG = System.getLogger(ViewReader.class.getName());
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final MethodType INVOKER = MethodType.methodType(Object.class, Object.class, Object[].class);
    private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);

    private final BeanManager beanManager;
    private final CsrfProtection csrf;
    private final List<Diagnostic> problems;
    private final List<Diagnostic> warnings;

    ViewReader(BeanManager beanManager, CsrfProtection csrf, List<Diagnostic> problems, List<Diagnostic> warnings) {
        this.beanManager = beanManager;
        this.csrf = csrf;
        this.problems = problems;
        this.warnings = warnings;
    }

    /** The view's routes, one per handler method and template; empty if the view has problems. */
    List<RouteSpec<Handler>> read(ViewBean view) {
        int problemsBefore = problems.size();
        String className = view.javaClass().getName();
        List<String> templates = view.templates().isEmpty() ? List.of("") : view.templates();
        Set<String> variables = new LinkedHashSet<>();
        for (String template : templates) {
            variables.addAll(variableNames(template));
        }
        Binders binders = new Binders(String.join(" and ", templates), variables, problems);

        // One map for the whole view: the router keys its tree on the type of each variable.
        Map<String, Class<?>> pathTypes = new LinkedHashMap<>();
        List<ViewEndpoint.FieldBinding> fields = new ArrayList<>();
        for (AnnotatedField<?> annotated : view.type().getFields()) {
            Field field = annotated.getJavaMember();
            String where = className + "#" + field.getName();
            Binder binder = binders.field(where, annotated.getAnnotations(), annotated.getBaseType(), pathTypes);
            if (binder == null) {
                continue;
            }
            if (Modifier.isStatic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
                problems.add(BindingMessages.unassignableField(where,
                        Modifier.isStatic(field.getModifiers()) ? "static" : "final"));
                continue;
            }
            fields.add(new ViewEndpoint.FieldBinding(setter(field), binder));
        }
        ViewEndpoint endpoint = new ViewEndpoint(view.bean(), beanManager, fields);

        Map<String, List<AnnotatedMethod<?>>> byHttpMethod = new TreeMap<>();
        for (AnnotatedMethod<?> method : view.type().getMethods()) {
            for (Annotation annotation : method.getAnnotations()) {
                HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (http != null) {
                    byHttpMethod.computeIfAbsent(http.value(), m -> new ArrayList<>()).add(method);
                }
            }
        }
        if (byHttpMethod.isEmpty()) {
            problems.add(BindingMessages.noHandler(className));
        }
        boolean viewExempt = view.type().isAnnotationPresent(CsrfExempt.class);
        Map<String, Handler> handlers = new LinkedHashMap<>();
        byHttpMethod.forEach((httpMethod, methods) -> {
            if (methods.size() > 1) {
                problems.add(BindingMessages.twoHandlers(className, httpMethod,
                        methods.stream().map(m -> m.getJavaMember().getName() + "()").toList()));
                return;
            }
            AnnotatedMethod<?> method = methods.get(0);
            Handler handler = handler(endpoint, method, binders, pathTypes,
                    UNSAFE.contains(httpMethod) && !viewExempt && !method.isAnnotationPresent(CsrfExempt.class));
            if (handler != null) {
                handlers.put(httpMethod, handler);
            }
        });
        if (problems.size() != problemsBefore) {
            return List.of();
        }
        for (String variable : variables) {
            if (!pathTypes.containsKey(variable)) {
                warnings.add(BindingMessages.unboundVariable(className, variable, String.join(" and ", templates)));
            }
        }
        List<RouteSpec<Handler>> routes = new ArrayList<>();
        for (String template : templates) {
            Map<String, Class<?>> types = new HashMap<>(pathTypes);
            types.keySet().retainAll(variableNames(template));
            handlers.forEach((httpMethod, handler) -> {
                Set<String> served = new LinkedHashSet<>();
                served.add(httpMethod);
                if (httpMethod.equals("GET") && !handlers.containsKey("HEAD")) {
                    served.add("HEAD");
                }
                routes.add(new RouteSpec<>(template, className, types, served, handler, view.view().name()));
            });
        }
        return routes;
    }

    private Handler handler(ViewEndpoint endpoint, AnnotatedMethod<?> annotated, Binders binders,
                            Map<String, Class<?>> pathTypes, boolean csrfChecked) {
        Method method = annotated.getJavaMember();
        String where = method.getDeclaringClass().getName() + "#" + method.getName();
        int problemsBefore = problems.size();
        Class<?> returned = method.getReturnType();
        boolean returnsVoid = returned == void.class;
        if (!returnsVoid && !Result.class.isAssignableFrom(returned) && returned != String.class
                && returned != CharSequence.class) {
            problems.add(BindingMessages.unsupportedReturnType(where, method.getGenericReturnType().getTypeName()));
        }
        List<AnnotatedParameter<?>> annotatedParameters = new ArrayList<>(annotated.getParameters());
        Binder[] parameters = new Binder[annotatedParameters.size()];
        for (AnnotatedParameter<?> parameter : annotatedParameters) {
            String parameterWhere = where + "(parameter " + (parameter.getPosition() + 1) + ")";
            parameters[parameter.getPosition()] = binders.parameter(parameterWhere, parameter.getAnnotations(),
                    parameter.getBaseType(), pathTypes);
        }
        if (problems.size() != problemsBefore) {
            return null;
        }
        return new Handler(endpoint, where, invoker(method), parameters, returnsVoid, csrf, csrfChecked);
    }

    /** The handler as {@code (Object view, Object[] arguments) Object}, so one call site fits every handler. */
    private static MethodHandle invoker(Method method) {
        try {
            method.setAccessible(true); // views and their methods need not be public
            return MethodHandles.lookup().unreflect(method)
                    .asSpreader(Object[].class, method.getParameterCount())
                    .asType(INVOKER);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot call " + method, e);
        }
    }

    private static MethodHandle setter(Field field) {
        try {
            field.setAccessible(true);
            return MethodHandles.lookup().unreflectSetter(field).asType(SETTER);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot set " + field, e);
        }
    }

    /** The template's variables; none for a broken template, which the router reports. */
    private static List<String> variableNames(String template) {
        try {
            return UriTemplate.parse(template).variableNames();
        } catch (DeploymentProblems routingProblems) {
            return List.of();
        }
    }

    static void logWarnings(List<Diagnostic> warnings) {
        for (Diagnostic warning : warnings) {
            LOG.log(System.Logger.Level.WARNING, warning.toString());
        }
    }
}
