package org.freshview.internal.rules;

import org.freshview.internal.diagnostics.DeploymentProblems;
import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.binding.Converter;
import org.freshview.internal.binding.Converters;
import org.freshview.internal.routing.RouteSpec;
import org.freshview.internal.routing.UriTemplate;
import org.freshview.internal.binding.ValueType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The FV-3xx rules of one view: its handlers, the bindings of its fields and parameters, and
 * which template variables they bind. Run by the extension at deployment and by the annotation
 * processor at compile time on the same {@link ViewModel}.
 *
 * <pre>{@code
 * ViewBindings bindings = BindingRules.check(model, Converters::withoutLoading, findings);
 * if (bindings.valid()) { bindings.routes((httpMethod, method) -> target(method)); }
 * }</pre>
 */
public final class BindingRules {

    /** An uploaded file: bound from a {@code @FormParam} of a multipart form, not converted from text. */
    public static final String PART = "jakarta.servlet.http.Part";

    private final ViewModel view;
    private final Function<ValueType, Converter<?>> converters;
    private final Findings findings;
    private final Set<String> variables = new LinkedHashSet<>();
    private final String template;
    private int problems;

    private BindingRules(ViewModel view, Function<ValueType, Converter<?>> converters, Findings findings) {
        this.view = view;
        this.converters = converters;
        this.findings = findings;
        List<String> templates = templates(view);
        for (String each : templates) {
            variables.addAll(variableNames(each));
        }
        this.template = String.join(" and ", templates);
    }

    /**
     * Checks a view, reporting each problem (and the FV-304 warning) to {@code findings}.
     *
     * @param converters the converter of a type, to check a {@code @DefaultValue} with; {@code null}
     *                   when it cannot run now (a user type at compile time)
     */
    public static ViewBindings check(ViewModel view, Function<ValueType, Converter<?>> converters, Findings findings) {
        return new BindingRules(view, converters, findings).check();
    }

    /** The source of a field or parameter, or {@code null} if it has none or more than one (FV-309). */
    public static ViewModel.Source source(ViewModel.Binding binding) {
        return binding.sources().size() == 1 ? binding.sources().get(0) : null;
    }

    private ViewBindings check() {
        String className = view.className();
        // One map for the whole view: the router keys its tree on the type of each variable.
        Map<String, ValueType> pathTypes = new LinkedHashMap<>();
        for (ViewModel.Field field : view.fields()) {
            String where = className + "#" + field.name();
            ViewModel.Source source = source(where, field.binding(), field.origin());
            if (source == null || !valueBinding(where, field.origin(), source, field.binding(), pathTypes)) {
                continue;
            }
            if (field.isStatic() || field.isFinal()) {
                problem(BindingMessages.unassignableField(where, field.isStatic() ? "static" : "final"), field.origin());
            }
            constraints(where, field.origin(), field.binding());
        }
        Map<String, List<ViewModel.Method>> byHttpMethod = new TreeMap<>();
        for (ViewModel.Method method : view.methods()) {
            for (String http : method.httpMethods()) {
                byHttpMethod.computeIfAbsent(http, m -> new ArrayList<>()).add(method);
            }
        }
        if (byHttpMethod.isEmpty()) {
            problem(BindingMessages.noHandler(className), view.origin());
        }
        Map<String, ViewModel.Method> handlers = new LinkedHashMap<>();
        byHttpMethod.forEach((httpMethod, methods) -> {
            if (methods.size() > 1) {
                problem(BindingMessages.twoHandlers(className, httpMethod,
                        methods.stream().map(m -> m.name() + "()").toList()), methods.get(1).origin());
                return;
            }
            if (handler(methods.get(0), pathTypes)) {
                handlers.put(httpMethod, methods.get(0));
            }
        });
        if (problems > 0) {
            return new ViewBindings(view, false, Map.of(), Map.of());
        }
        for (String variable : variables) {
            if (!pathTypes.containsKey(variable)) {
                findings.warning(BindingMessages.unboundVariable(className, variable, template), view.origin());
            }
        }
        return new ViewBindings(view, true, pathTypes, handlers);
    }

    private boolean handler(ViewModel.Method method, Map<String, ValueType> pathTypes) {
        String where = method.declaringClass() + "#" + method.name();
        int before = problems;
        if (!method.returnsVoid() && !method.returnsResult() && !method.returnType().equals("java.lang.String")
                && !method.returnType().equals("java.lang.CharSequence")) {
            problem(BindingMessages.unsupportedReturnType(where, method.returnType()), method.origin());
        }
        for (ViewModel.Parameter parameter : method.parameters()) {
            String parameterWhere = where + "(parameter " + (parameter.position() + 1) + ")";
            ViewModel.Binding binding = parameter.binding();
            ViewModel.Source source = source(parameterWhere, binding, parameter.origin());
            if (binding.bean() != null) {
                beanBinding(parameterWhere, parameter.origin(), binding.bean(), pathTypes);
            } else if (source != null) {
                if (valueBinding(parameterWhere, parameter.origin(), source, binding, pathTypes)) {
                    constraints(parameterWhere, parameter.origin(), binding);
                }
            } else if (binding.sources().isEmpty() && InjectableType.named(binding.type().name()) == null) {
                problem(BindingMessages.unboundParameter(parameterWhere, binding.type().name()), parameter.origin());
            }
        }
        return problems == before;
    }

    /** A {@code @BeanParam} form object: created by Freshview, its fields bound like a view's (FV-502). */
    private void beanBinding(String where, Object origin, ViewModel.Bean bean, Map<String, ValueType> pathTypes) {
        if (!bean.constructible()) {
            problem(FormMessages.unconstructibleBean(where, bean.className()), origin);
            return;
        }
        for (ViewModel.Field field : bean.fields()) {
            String fieldWhere = bean.className() + "#" + field.name();
            ViewModel.Source source = source(fieldWhere, field.binding(), field.origin());
            if (source == null || !valueBinding(fieldWhere, field.origin(), source, field.binding(), pathTypes)) {
                continue;
            }
            if (field.isStatic() || field.isFinal()) {
                problem(BindingMessages.unassignableField(fieldWhere, field.isStatic() ? "static" : "final"),
                        field.origin());
            }
            constraints(fieldWhere, field.origin(), field.binding());
        }
    }

    /** Bean Validation constraints that cannot apply to the bound type (FV-501). */
    private void constraints(String where, Object origin, ViewModel.Binding binding) {
        for (String constraint : binding.constraints()) {
            String appliesTo = ConstraintTypes.mismatch(constraint, binding.type());
            if (appliesTo != null) {
                problem(FormMessages.constraintOnWrongType(where, ConstraintTypes.simpleName(constraint),
                        binding.type().name(), appliesTo), origin);
            }
        }
    }

    private ViewModel.Source source(String where, ViewModel.Binding binding, Object origin) {
        if (binding.sources().size() > 1) {
            problem(BindingMessages.twoSources(where,
                    binding.sources().stream().map(s -> "@" + s.kind().annotation()).toList()), origin);
        }
        return source(binding);
    }

    private boolean valueBinding(String where, Object origin, ViewModel.Source source, ViewModel.Binding binding,
                                 Map<String, ValueType> pathTypes) {
        TypeFacts type = binding.type();
        ValueType element = type.element();
        if (source.kind() == SourceKind.PATH) {
            if (type.shape() == TypeFacts.Shape.LIST) {
                problem(BindingMessages.listPathParam(where), origin);
                return false;
            }
            if (!variables.contains(source.name())) {
                problem(BindingMessages.pathParamNotInTemplate(where, source.name(), template, variables), origin);
                return false;
            }
        }
        if (element != null && element.name().equals(PART)) {
            if (source.kind() != SourceKind.FORM || binding.defaultValue() != null) {
                problem(BindingMessages.partNotFromForm(where, "@" + source.kind().annotation(),
                        binding.defaultValue() != null), origin);
                return false;
            }
            return true;
        }
        if (element == null || Converters.conversion(element) == Converters.Conversion.NONE) {
            problem(BindingMessages.noConverter(where, type.name()), origin);
            return false;
        }
        if (binding.defaultValue() != null) {
            Converter<?> converter = converters.apply(element);
            if (converter != null) {
                try {
                    converter.convert(binding.defaultValue());
                } catch (RuntimeException e) {
                    problem(BindingMessages.badDefaultValue(where, binding.defaultValue(), converter.expected()), origin);
                    return false;
                }
            }
        }
        if (source.kind() == SourceKind.PATH) {
            pathTypes.putIfAbsent(source.name(), element);
        }
        return true;
    }

    private void problem(Diagnostic diagnostic, Object origin) {
        problems++;
        findings.problem(diagnostic, origin);
    }

    private static List<String> templates(ViewModel view) {
        return view.templates().isEmpty() ? List.of("") : view.templates();
    }

    /** The template's variables; none for a broken template, which the router reports. */
    static List<String> variableNames(String template) {
        try {
            return UriTemplate.parse(template).variableNames();
        } catch (DeploymentProblems routingProblems) {
            return List.of();
        }
    }

    /**
     * The outcome for one view.
     *
     * @param valid     no problem was found
     * @param pathTypes the type bound to each template variable (unbound ones are absent: text)
     * @param handlers  the handler of each HTTP method, in the order routes are listed
     */
    public record ViewBindings(ViewModel view, boolean valid, Map<String, ValueType> pathTypes,
                               Map<String, ViewModel.Method> handlers) {

        /**
         * The view's routes, one per template and handler; a {@code GET} handler also serves
         * {@code HEAD} unless the view has its own.
         */
        public <T> List<RouteSpec<T>> routes(BiFunction<String, ViewModel.Method, T> target) {
            List<RouteSpec<T>> routes = new ArrayList<>();
            for (String template : templates(view)) {
                Map<String, ValueType> types = new HashMap<>(pathTypes);
                types.keySet().retainAll(variableNames(template));
                handlers.forEach((httpMethod, method) -> {
                    Set<String> served = new LinkedHashSet<>();
                    served.add(httpMethod);
                    if (httpMethod.equals("GET") && !handlers.containsKey("HEAD")) {
                        served.add("HEAD");
                    }
                    routes.add(new RouteSpec<>(template, view.className(), types, served,
                            target.apply(httpMethod, method), view.routeName()));
                });
            }
            return routes;
        }
    }
}
