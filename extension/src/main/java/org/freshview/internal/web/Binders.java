package org.freshview.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.routing.Converter;
import org.freshview.internal.routing.Converters;

import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns one annotated parameter or field into a {@link Binder}, once, at deployment. */
final class Binders {

    private static final Map<Class<?>, Binder> INJECTABLE = Map.of(
            HttpServletRequest.class, exchange -> exchange.request,
            HttpServletResponse.class, exchange -> exchange.response,
            HttpSession.class, exchange -> exchange.request.getSession(),
            Locale.class, exchange -> exchange.request.getLocale());

    private final String template;
    private final Set<String> variables;
    private final List<Diagnostic> problems;

    /**
     * @param template  the view's template, for messages
     * @param variables its variable names
     * @param problems  where problems are collected
     */
    Binders(String template, Set<String> variables, List<Diagnostic> problems) {
        this.template = template;
        this.variables = variables;
        this.problems = problems;
    }

    /** The binder of a handler parameter, or {@code null} after reporting a problem. */
    Binder parameter(String where, Collection<Annotation> annotations, Type type, Map<String, Class<?>> pathTypes) {
        Source source = source(where, annotations);
        if (source == null) {
            if (annotations.stream().noneMatch(Binders::isSourceAnnotation)) {
                Binder injected = INJECTABLE.get(type);
                if (injected != null) {
                    return injected;
                }
                problems.add(BindingMessages.unboundParameter(where, type.getTypeName()));
            }
            return null;
        }
        return valueBinder(where, source, annotations, type, pathTypes);
    }

    /** The binder of a view field, or {@code null} if it carries no binding annotation or has a problem. */
    Binder field(String where, Collection<Annotation> annotations, Type type, Map<String, Class<?>> pathTypes) {
        Source source = source(where, annotations);
        return source == null ? null : valueBinder(where, source, annotations, type, pathTypes);
    }

    private Source source(String where, Collection<Annotation> annotations) {
        List<Source> found = new ArrayList<>(1);
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam p) {
                found.add(new Source(Kind.PATH, p.value()));
            } else if (annotation instanceof QueryParam q) {
                found.add(new Source(Kind.QUERY, q.value()));
            } else if (annotation instanceof FormParam f) {
                found.add(new Source(Kind.FORM, f.value()));
            } else if (annotation instanceof HeaderParam h) {
                found.add(new Source(Kind.HEADER, h.value()));
            } else if (annotation instanceof CookieParam c) {
                found.add(new Source(Kind.COOKIE, c.value()));
            }
        }
        if (found.size() > 1) {
            problems.add(BindingMessages.twoSources(where,
                    found.stream().map(s -> "@" + s.kind().annotation).toList()));
            return null;
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private static boolean isSourceAnnotation(Annotation annotation) {
        return annotation instanceof PathParam || annotation instanceof QueryParam
                || annotation instanceof FormParam || annotation instanceof HeaderParam
                || annotation instanceof CookieParam;
    }

    private Binder valueBinder(String where, Source source, Collection<Annotation> annotations, Type type,
                               Map<String, Class<?>> pathTypes) {
        String defaultValue = annotations.stream().filter(DefaultValue.class::isInstance)
                .map(a -> ((DefaultValue) a).value()).findFirst().orElse(null);
        Shape shape = Shape.of(type);
        Class<?> element = elementClass(shape, type);
        if (source.kind() == Kind.PATH) {
            if (shape == Shape.LIST) {
                problems.add(BindingMessages.listPathParam(where));
                return null;
            }
            if (!variables.contains(source.name())) {
                problems.add(BindingMessages.pathParamNotInTemplate(where, source.name(), template, variables));
                return null;
            }
        }
        Optional<Converter<?>> found = element == null ? Optional.empty() : Converters.find(element);
        if (found.isEmpty()) {
            problems.add(BindingMessages.noConverter(where, type.getTypeName()));
            return null;
        }
        Converter<?> converter = found.get();
        Object converted = null;
        if (defaultValue != null) {
            try {
                converted = converter.convert(defaultValue);
            } catch (RuntimeException e) {
                problems.add(BindingMessages.badDefaultValue(where, defaultValue, converter.expected()));
                return null;
            }
        }
        if (source.kind() == Kind.PATH) {
            pathTypes.putIfAbsent(source.name(), element);
        }
        boolean keepsEmpty = element == String.class || element == CharSequence.class;
        return switch (shape) {
            case SINGLE -> new SingleValue(source, converter,
                    converted == null && element.isPrimitive() ? zero(element) : converted, keepsEmpty);
            case OPTIONAL -> new OptionalValue(source, converter, converted, keepsEmpty);
            case LIST -> new ListValue(source, converter, converted, keepsEmpty);
        };
    }

    private static Class<?> elementClass(Shape shape, Type type) {
        Type element = type;
        if (shape != Shape.SINGLE) {
            if (!(type instanceof ParameterizedType parameterized)) {
                return null; // a raw List or Optional
            }
            element = parameterized.getActualTypeArguments()[0];
        }
        return element instanceof Class<?> c ? c : null;
    }

    /** Where a value comes from, with its name. */
    record Source(Kind kind, String name) {

        List<String> values(Exchange exchange) throws BadRequest {
            return switch (kind) {
                case PATH -> {
                    String value = exchange.path(name);
                    yield value == null ? List.of() : List.of(value);
                }
                case QUERY -> exchange.query(name);
                case FORM -> exchange.form(name);
                case HEADER -> exchange.headers(name);
                case COOKIE -> exchange.cookies(name);
            };
        }

        String label() {
            return kind.label + " \"" + name + "\"";
        }
    }

    enum Kind {
        PATH("PathParam", "path variable"),
        QUERY("QueryParam", "query parameter"),
        FORM("FormParam", "form field"),
        HEADER("HeaderParam", "header"),
        COOKIE("CookieParam", "cookie");

        final String annotation;
        final String label;

        Kind(String annotation, String label) {
            this.annotation = annotation;
            this.label = label;
        }
    }

    private enum Shape {
        SINGLE, OPTIONAL, LIST;

        static Shape of(Type type) {
            Type raw = type instanceof ParameterizedType p ? p.getRawType() : type;
            if (raw == Optional.class) {
                return OPTIONAL;
            }
            return raw == List.class ? LIST : SINGLE;
        }
    }

    private static Object convert(Source source, Converter<?> converter, String text) throws BadRequest {
        try {
            return converter.convert(text);
        } catch (RuntimeException e) {
            throw new BadRequest("Bad " + source.label() + ": expected " + converter.expected()
                    + ", got \"" + printable(text) + "\".");
        }
    }

    /** The value as users may see it again: short, with control characters shown as '?'. */
    private static String printable(String text) {
        String shortened = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        StringBuilder out = new StringBuilder(shortened.length());
        for (int i = 0; i < shortened.length(); i++) {
            char c = shortened.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return out.toString();
    }

    /** A blank value counts as absent except for text: an empty form field means "no number". */
    private static String first(List<String> values, boolean keepsEmpty) {
        for (String value : values) {
            if (keepsEmpty || !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    /** As in Jakarta REST, an absent primitive is its zero: an unchecked checkbox sends nothing and means false. */
    private static Object zero(Class<?> primitive) {
        return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(primitive, 1), 0);
    }

    private record SingleValue(Source source, Converter<?> converter, Object defaultValue, boolean keepsEmpty)
            implements Binder {
        @Override
        public Object bind(Exchange exchange) throws BadRequest {
            String text = first(source.values(exchange), keepsEmpty);
            return text != null ? convert(source, converter, text) : defaultValue;
        }
    }

    private record OptionalValue(Source source, Converter<?> converter, Object defaultValue, boolean keepsEmpty)
            implements Binder {
        @Override
        public Object bind(Exchange exchange) throws BadRequest {
            String text = first(source.values(exchange), keepsEmpty);
            return text != null ? Optional.of(convert(source, converter, text)) : Optional.ofNullable(defaultValue);
        }
    }

    private record ListValue(Source source, Converter<?> converter, Object defaultValue, boolean keepsEmpty)
            implements Binder {
        @Override
        public Object bind(Exchange exchange) throws BadRequest {
            List<String> texts = source.values(exchange);
            List<Object> values = new ArrayList<>(texts.size());
            for (String text : texts) {
                if (keepsEmpty || !text.isEmpty()) {
                    values.add(convert(source, converter, text));
                }
            }
            if (values.isEmpty() && defaultValue != null) {
                return List.of(defaultValue);
            }
            return List.copyOf(values);
        }
    }
}
