package org.freshview.internal.web;

import jakarta.servlet.http.Part;
import org.freshview.internal.binding.Converter;
import org.freshview.internal.binding.Converters;
import org.freshview.internal.rules.BindingRules;
import org.freshview.internal.rules.InjectableType;
import org.freshview.internal.rules.SourceKind;
import org.freshview.internal.rules.TypeFacts;
import org.freshview.internal.rules.ViewModel;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one field or parameter into a {@link Binder}, once, at deployment. The checks ran
 * before, in {@link BindingRules}: here every binding is known to be valid.
 */
final class Binders {

    private Binders() {
    }

    /** The binder of a parameter without binding annotation, of an {@link InjectableType}; else {@code null}. */
    static Binder injected(String typeName) {
        InjectableType type = InjectableType.named(typeName);
        if (type == null) {
            return null;
        }
        return switch (type) {
            case REQUEST -> exchange -> exchange.request;
            case RESPONSE -> exchange -> exchange.response;
            case SESSION -> exchange -> exchange.request.getSession();
            case LOCALE -> Exchange::locale;
            case FORM -> exchange -> null; // filled by the handler once validation has run
        };
    }

    /**
     * The binder of a value from the request.
     *
     * @param element the class a value converts to, which has a converter
     */
    static Binder value(ViewModel.Source from, ViewModel.Binding binding, Class<?> element) {
        if (bindsPart(binding)) {
            return new Parts(from.name(), binding.type().shape());
        }
        Source source = new Source(from.kind(), from.name());
        Converter<?> converter = Converters.find(element).orElseThrow();
        Object converted = binding.defaultValue() == null ? null : converter.convert(binding.defaultValue());
        boolean keepsEmpty = element == String.class || element == CharSequence.class;
        return switch (binding.type().shape()) {
            case SINGLE -> new SingleValue(source, converter,
                    converted == null && element.isPrimitive() ? zero(element) : converted, keepsEmpty);
            case OPTIONAL -> new OptionalValue(source, converter, converted, keepsEmpty);
            case LIST -> new ListValue(source, converter, converted, keepsEmpty);
        };
    }

    /** Whether the field or parameter takes uploaded files: a {@code Part}, {@code Optional<Part>} or {@code List<Part>}. */
    static boolean bindsPart(ViewModel.Binding binding) {
        return binding.type().element() != null && BindingRules.PART.equals(binding.type().element().name());
    }

    /** The uploaded files of a multipart form's field: the first, or all of them. */
    private record Parts(String name, TypeFacts.Shape shape) implements Binder {
        @Override
        public Object bind(Exchange exchange) throws RequestRefused {
            List<Part> parts = exchange.parts(name);
            return switch (shape) {
                case SINGLE -> parts.isEmpty() ? null : parts.get(0);
                case OPTIONAL -> parts.isEmpty() ? Optional.empty() : Optional.of(parts.get(0));
                case LIST -> parts;
            };
        }
    }

    /** Where a value comes from, with its name. */
    record Source(SourceKind kind, String name) {

        List<String> values(Exchange exchange) throws RequestRefused {
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
            return kind.label() + " \"" + name + "\"";
        }
    }

    /**
     * The binder of a {@code @BeanParam} form object.
     *
     * @param constructor the class's constructor without parameters, of type {@code () Object}
     */
    static Binder bean(MethodHandle constructor, List<ViewEndpoint.FieldBinding> fields) {
        return new BeanObject(constructor, fields.toArray(ViewEndpoint.FieldBinding[]::new));
    }

    /**
     * Returned for no value to use: none in the request, or one that did not convert in a request
     * that collects a form. The binding's default is used.
     */
    private static final Object USE_DEFAULT = new Object();

    private static Object convert(Exchange exchange, Source source, Converter<?> converter, String text)
            throws RequestRefused {
        try {
            return converter.convert(text);
        } catch (RuntimeException e) {
            if (exchange.input != null) {
                exchange.input.conversionError(source.name(), exchange.conversionMessage(converter.expected()));
                return USE_DEFAULT;
            }
            throw new RequestRefused(400, "Bad " + source.label() + ": expected " + converter.expected()
                    + ", got \"" + QuotedText.forResponse(text) + "\".");
        }
    }

    /** The first value of {@code source}, kept and converted; {@link #USE_DEFAULT} if there is none or it did not convert. */
    private static Object convertFirst(Exchange exchange, Source source, Converter<?> converter, boolean keepsEmpty)
            throws RequestRefused {
        String text = first(source.values(exchange), keepsEmpty);
        if (text == null) {
            return USE_DEFAULT;
        }
        keep(exchange, source, text);
        return convert(exchange, source, converter, text);
    }

    /** Keeps the text for the page to show again, when the request collects a form. */
    private static void keep(Exchange exchange, Source source, String text) {
        if (exchange.input != null) {
            exchange.input.value(source.name(), text);
        }
    }

    /** A form object: made, then its bound fields filled. */
    private record BeanObject(MethodHandle constructor, ViewEndpoint.FieldBinding[] fields) implements Binder {
        @Override
        public Object bind(Exchange exchange) throws RequestRefused {
            Object bean;
            try {
                bean = (Object) constructor.invokeExact();
            } catch (Throwable e) {
                throw new IllegalStateException("Cannot create the @BeanParam object", e);
            }
            for (ViewEndpoint.FieldBinding field : fields) {
                Object value = field.binder().bind(exchange);
                try {
                    field.setter().invokeExact(bean, value);
                } catch (Throwable e) {
                    throw new IllegalStateException("Cannot set a field of the @BeanParam object", e);
                }
            }
            return bean;
        }
    }

    /**
     * A blank value counts as absent except for text: an empty form field means "no number".
     * Indexed, since the lists are of several classes (the call is not inlined, so an iterator
     * would be allocated: 24 bytes per bound value, measured by benchmarks/load) and all random access.
     */
    private static String first(List<String> values, boolean keepsEmpty) {
        for (int i = 0, size = values.size(); i < size; i++) {
            String value = values.get(i);
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
        public Object bind(Exchange exchange) throws RequestRefused {
            Object value = convertFirst(exchange, source, converter, keepsEmpty);
            return value == USE_DEFAULT ? defaultValue : value;
        }
    }

    private record OptionalValue(Source source, Converter<?> converter, Object defaultValue, boolean keepsEmpty)
            implements Binder {
        @Override
        public Object bind(Exchange exchange) throws RequestRefused {
            Object value = convertFirst(exchange, source, converter, keepsEmpty);
            return value == USE_DEFAULT ? Optional.ofNullable(defaultValue) : Optional.of(value);
        }
    }

    private record ListValue(Source source, Converter<?> converter, Object defaultValue, boolean keepsEmpty)
            implements Binder {
        @Override
        public Object bind(Exchange exchange) throws RequestRefused {
            List<String> texts = source.values(exchange);
            List<Object> values = new ArrayList<>(texts.size());
            for (int i = 0, size = texts.size(); i < size; i++) { // indexed, as in first()
                String text = texts.get(i);
                if (keepsEmpty || !text.isEmpty()) {
                    keep(exchange, source, text);
                    Object value = convert(exchange, source, converter, text);
                    if (value != USE_DEFAULT) {
                        values.add(value);
                    }
                }
            }
            if (values.isEmpty() && defaultValue != null) {
                return List.of(defaultValue);
            }
            return List.copyOf(values);
        }
    }
}
