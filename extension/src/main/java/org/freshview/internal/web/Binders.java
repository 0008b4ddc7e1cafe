package org.freshview.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.Part;
import org.freshview.internal.routing.Converter;
import org.freshview.internal.routing.Converters;
import org.freshview.internal.rules.BindingRules;
import org.freshview.internal.rules.SourceKind;
import org.freshview.internal.rules.TypeFacts;
import org.freshview.internal.rules.ViewModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one field or parameter into a {@link Binder}, once, at deployment. The checks ran
 * before, in {@link BindingRules}: here every binding is known to be valid.
 */
final class Binders {

    private static final Map<String, Binder> INJECTABLE = Map.of(
            HttpServletRequest.class.getName(), exchange -> exchange.request,
            HttpServletResponse.class.getName(), exchange -> exchange.response,
            HttpSession.class.getName(), exchange -> exchange.request.getSession(),
            Locale.class.getName(), exchange -> exchange.request.getLocale());

    static {
        if (!INJECTABLE.keySet().equals(BindingRules.INJECTABLE)) {
            throw new IllegalStateException("The injectable types differ from BindingRules.INJECTABLE");
        }
    }

    private Binders() {
    }

    /** The binder of a parameter without binding annotation, of a type in {@link BindingRules#INJECTABLE}. */
    static Binder injected(String typeName) {
        return INJECTABLE.get(typeName);
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
        public Object bind(Exchange exchange) throws BadRequest {
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
            return kind.label() + " \"" + name + "\"";
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
    static String printable(String text) {
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
