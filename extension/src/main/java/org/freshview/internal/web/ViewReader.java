package org.freshview.internal.web;

import jakarta.enterprise.inject.spi.AnnotatedField;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedParameter;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.freshview.CsrfExempt;
import org.freshview.Form;
import org.freshview.Result;
import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.render.Engines;
import org.freshview.internal.binding.Converters;
import org.freshview.internal.routing.RouteSpec;
import org.freshview.internal.binding.ValueType;
import org.freshview.internal.rules.BindingRules;
import org.freshview.internal.rules.Findings;
import org.freshview.internal.rules.FormMessages;
import org.freshview.internal.rules.SourceKind;
import org.freshview.internal.rules.TypeFacts;
import org.freshview.internal.rules.ViewModel;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one view class into routes: describes it as a {@link ViewModel}, checks it with the
 * shared {@link BindingRules} (the annotation processor runs the same ones), then resolves its
 * handler methods, parameter binders and field binders once into method handles and plain
 * objects. Every problem found is added to a list, so a deployment reports all of them at once.
 */
final class ViewReader {

    private static final System.Logger LOG = System.getLogger(ViewReader.class.getName());
    private static final MethodType INVOKER = MethodType.methodType(Object.class, Object.class, Object[].class);
    private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);

    private final BeanManager beanManager;
    private final CsrfProtection csrf;
    private final RequestLimits limits;
    private final Engines engines;
    private final List<Diagnostic> problems;
    private final List<Diagnostic> warnings;
    private final RequestLanguage language;
    private ValidationSupport validation;
    private String noValidation;

    ViewReader(BeanManager beanManager, CsrfProtection csrf, RequestLimits limits, Engines engines,
               List<Diagnostic> problems, List<Diagnostic> warnings, RequestLanguage language) {
        this.engines = engines;
        this.beanManager = beanManager;
        this.language = language;
        this.csrf = csrf;
        this.limits = limits;
        this.problems = problems;
        this.warnings = warnings;
    }

    /** The view's routes, one per handler method and template; empty if the view has problems. */
    List<RouteSpec<Handler>> read(ViewBean view) {
        Map<String, Class<?>> classes = new HashMap<>();
        ViewModel model = model(view, classes);
        BindingRules.ViewBindings bindings = BindingRules.check(model, type -> {
            Class<?> loaded = classes.get(type.name());
            return loaded == null ? null : Converters.find(loaded).orElse(null);
        }, new Findings() {
            @Override
            public void problem(Diagnostic diagnostic, Object origin) {
                problems.add(diagnostic);
            }

            @Override
            public void warning(Diagnostic diagnostic, Object origin) {
                warnings.add(diagnostic);
            }
        });
        if (!bindings.valid()) {
            return List.of();
        }
        List<ViewEndpoint.FieldBinding> fields = new ArrayList<>();
        Map<String, String> fieldNames = new HashMap<>();
        boolean constrained = false;
        boolean fieldsBindParts = false;
        for (ViewModel.Field field : model.fields()) {
            ViewModel.Source source = BindingRules.source(field.binding());
            if (source != null) {
                fieldsBindParts |= Binders.bindsPart(field.binding());
                Field member = ((AnnotatedField<?>) field.origin()).getJavaMember();
                fields.add(new ViewEndpoint.FieldBinding(setter(member),
                        Binders.value(source, field.binding(), element(field.binding(), classes))));
                fieldNames.put(field.name(), source.name());
                constrained |= !field.binding().constraints().isEmpty();
            }
        }
        ViewEndpoint endpoint = new ViewEndpoint(view.bean(), beanManager, fields);
        boolean viewConstrained = constrained;
        boolean viewExempt = view.type().isAnnotationPresent(CsrfExempt.class);
        boolean viewBindsParts = fieldsBindParts;
        return bindings.routes((httpMethod, method) -> {
            AnnotatedMethod<?> annotated = (AnnotatedMethod<?>) method.origin();
            boolean csrfChecked = !HttpMethods.isSafe(httpMethod) && !viewExempt
                    && !annotated.isAnnotationPresent(CsrfExempt.class);
            return handler(endpoint, annotated, method, classes, csrfChecked, fieldNames, viewConstrained,
                    viewBindsParts);
        });
    }

    /** The view as the shared binding rules see it; {@code classes} gets each convertible class by name. */
    static ViewModel model(ViewBean view, Map<String, Class<?>> classes) {
        String className = view.javaClass().getName();
        List<ViewModel.Field> fields = new ArrayList<>();
        for (AnnotatedField<?> annotated : view.type().getFields()) {
            Field field = annotated.getJavaMember();
            fields.add(new ViewModel.Field(field.getName(), annotated, Modifier.isStatic(field.getModifiers()),
                    Modifier.isFinal(field.getModifiers()),
                    binding(annotated.getAnnotations(), annotated.getBaseType(), classes)));
        }
        List<ViewModel.Method> methods = new ArrayList<>();
        for (AnnotatedMethod<?> annotated : view.type().getMethods()) {
            List<String> httpMethods = new ArrayList<>();
            for (Annotation annotation : annotated.getAnnotations()) {
                HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (http != null) {
                    httpMethods.add(http.value());
                }
            }
            Method method = annotated.getJavaMember();
            List<ViewModel.Parameter> parameters = new ArrayList<>();
            for (AnnotatedParameter<?> parameter : annotated.getParameters()) {
                parameters.add(new ViewModel.Parameter(parameter.getPosition(), parameter,
                        binding(parameter.getAnnotations(), parameter.getBaseType(), classes)));
            }
            Class<?> returned = method.getReturnType();
            methods.add(new ViewModel.Method(method.getName(), method.getDeclaringClass().getName(), annotated, httpMethods,
                    method.getGenericReturnType().getTypeName(), returned == void.class,
                    Result.class.isAssignableFrom(returned), parameters));
        }
        return new ViewModel(className, view.type(), view.templates(), view.view().name(), fields, methods);
    }

    private static ViewModel.Binding binding(Collection<Annotation> annotations, Type type,
                                             Map<String, Class<?>> classes) {
        List<ViewModel.Source> sources = new ArrayList<>(1);
        List<String> constraints = new ArrayList<>(0);
        ViewModel.Bean bean = null;
        String defaultValue = null;
        for (Annotation annotation : annotations) {
            if (isConstraint(annotation.annotationType())) {
                constraints.add(annotation.annotationType().getName());
            }
            if (annotation instanceof BeanParam && type instanceof Class<?> beanClass) {
                bean = bean(beanClass, classes);
            }
            if (annotation instanceof PathParam p) {
                sources.add(new ViewModel.Source(SourceKind.PATH, p.value()));
            } else if (annotation instanceof QueryParam q) {
                sources.add(new ViewModel.Source(SourceKind.QUERY, q.value()));
            } else if (annotation instanceof FormParam f) {
                sources.add(new ViewModel.Source(SourceKind.FORM, f.value()));
            } else if (annotation instanceof HeaderParam h) {
                sources.add(new ViewModel.Source(SourceKind.HEADER, h.value()));
            } else if (annotation instanceof CookieParam c) {
                sources.add(new ViewModel.Source(SourceKind.COOKIE, c.value()));
            } else if (annotation instanceof DefaultValue d && defaultValue == null) {
                defaultValue = d.value();
            }
        }
        return new ViewModel.Binding(sources, defaultValue, typeFacts(type, classes), bean, constraints);
    }

    /** A Bean Validation constraint, or {@code @Valid}; known by name, as the API may be absent. */
    private static boolean isConstraint(Class<? extends Annotation> type) {
        if (type.getName().equals("jakarta.validation.Valid")) {
            return true;
        }
        for (Annotation meta : type.getAnnotations()) {
            if (meta.annotationType().getName().equals("jakarta.validation.Constraint")) {
                return true;
            }
        }
        return false;
    }

    /** A {@code @BeanParam} class as the binding rules see it: its fields and those it inherits. */
    private static ViewModel.Bean bean(Class<?> type, Map<String, Class<?>> classes) {
        List<ViewModel.Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isSynthetic()) {
                    continue;
                }
                fields.add(new ViewModel.Field(field.getName(), field, Modifier.isStatic(field.getModifiers()),
                        Modifier.isFinal(field.getModifiers()),
                        binding(List.of(field.getAnnotations()), field.getGenericType(), classes)));
            }
        }
        return new ViewModel.Bean(type.getName(), constructor(type) != null, fields);
    }

    /** The class's constructor without parameters if Freshview can call it, else {@code null}. */
    private static java.lang.reflect.Constructor<?> constructor(Class<?> type) {
        if (type.isInterface() || type.isPrimitive() || type.isArray() || Modifier.isAbstract(type.getModifiers())
                || (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers()))) {
            return null;
        }
        try {
            java.lang.reflect.Constructor<?> constructor = type.getDeclaredConstructor();
            return Modifier.isPrivate(constructor.getModifiers()) ? null : constructor;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static TypeFacts typeFacts(Type type, Map<String, Class<?>> classes) {
        Type raw = type instanceof ParameterizedType p ? p.getRawType() : type;
        String rawName = raw instanceof Class<?> c ? c.getName() : raw.getTypeName();
        Type element = type;
        if (rawName.equals(Optional.class.getName()) || rawName.equals(List.class.getName())) {
            element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : null; // raw: none
        } else if (type instanceof ParameterizedType) {
            element = null;
        }
        ValueType facts = null;
        if (element instanceof Class<?> c) {
            facts = ValueType.of(c);
            classes.put(c.getName(), c);
        }
        return new TypeFacts(type.getTypeName(), rawName, facts);
    }

    private static Class<?> element(ViewModel.Binding binding, Map<String, Class<?>> classes) {
        return classes.get(binding.type().element().name());
    }

    private Handler handler(ViewEndpoint endpoint, AnnotatedMethod<?> annotated, ViewModel.Method model,
                            Map<String, Class<?>> classes, boolean csrfChecked, Map<String, String> fieldNames,
                            boolean viewConstrained, boolean viewBindsParts) {
        Method method = annotated.getJavaMember();
        String where = method.getDeclaringClass().getName() + "#" + method.getName();
        int count = model.parameters().size();
        Binder[] parameters = new Binder[count];
        String[] parameterNames = new String[count];
        @SuppressWarnings("unchecked")
        Map<String, String>[] beanFields = new Map[count];
        List<Integer> forms = new ArrayList<>();
        List<Integer> beans = new ArrayList<>();
        boolean parametersConstrained = false;
        boolean bindsParts = viewBindsParts;
        for (ViewModel.Parameter parameter : model.parameters()) {
            int position = parameter.position();
            bindsParts |= Binders.bindsPart(parameter.binding());
            ViewModel.Binding binding = parameter.binding();
            ViewModel.Source source = BindingRules.source(binding);
            parametersConstrained |= !binding.constraints().isEmpty();
            if (binding.bean() != null) {
                Map<String, String> names = new HashMap<>();
                parameters[position] = beanBinder(method.getParameterTypes()[position], binding.bean(), classes, names);
                beanFields[position] = names;
                if (binding.bean().fields().stream().anyMatch(f -> !f.binding().constraints().isEmpty())) {
                    beans.add(position);
                }
            } else if (source == null) {
                parameters[position] = Binders.injected(binding.type().name());
                if (binding.type().name().equals(Form.class.getName())) {
                    forms.add(position);
                }
            } else {
                parameters[position] = Binders.value(source, binding, element(binding, classes));
                parameterNames[position] = source.name();
            }
        }
        Constraints constraints = Constraints.NONE;
        if (viewConstrained || parametersConstrained || !beans.isEmpty()) {
            ValidationSupport support = validation();
            if (support == null) {
                problems.add(FormMessages.noValidator(where, noValidation));
            } else {
                constraints = support.plan(method, viewConstrained, parametersConstrained, fieldNames, parameterNames,
                        beanFields, beans.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        Handler.InputChecks checks = new Handler.InputChecks(language, constraints,
                forms.stream().mapToInt(Integer::intValue).toArray(), bindsParts);
        return new Handler(endpoint, where, invoker(method), parameters, method.getReturnType() == void.class,
                csrf, csrfChecked, limits, engines, checks);
    }

    /** The application's Bean Validation, looked up on first need; {@code null} if it has none. */
    private ValidationSupport validation() {
        if (validation == null && noValidation == null) {
            try {
                validation = ValidationSupport.find(beanManager, language.applicationLoader());
            } catch (ValidationSupport.Unavailable e) {
                noValidation = e.getMessage();
            }
        }
        return validation;
    }

    /** Creates a {@code @BeanParam} object and fills its bound fields; {@code names} gets each field's request name. */
    private static Binder beanBinder(Class<?> type, ViewModel.Bean bean, Map<String, Class<?>> classes,
                                     Map<String, String> names) {
        List<ViewEndpoint.FieldBinding> fields = new ArrayList<>();
        for (ViewModel.Field field : bean.fields()) {
            ViewModel.Source source = BindingRules.source(field.binding());
            if (source != null) {
                fields.add(new ViewEndpoint.FieldBinding(setter((Field) field.origin()),
                        Binders.value(source, field.binding(), element(field.binding(), classes))));
                names.put(field.name(), source.name());
            }
        }
        try {
            java.lang.reflect.Constructor<?> constructor = constructor(type);
            constructor.setAccessible(true);
            return Binders.bean(MethodHandles.lookup().unreflectConstructor(constructor)
                    .asType(MethodType.methodType(Object.class)), fields);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot create " + type, e);
        }
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

    static void logWarnings(List<Diagnostic> warnings) {
        for (Diagnostic warning : warnings) {
            LOG.log(System.Logger.Level.WARNING, warning.toString());
        }
    }
}
