package org.freshview.internal.rules;

import org.freshview.internal.binding.ValueType;

/**
 * The declared type of a bound field or parameter.
 *
 * @param name    as written in messages, like {@code java.lang.reflect.Type#getTypeName()}:
 *                {@code java.util.Map<java.lang.String, java.lang.String>}
 * @param rawName the erased type's name ({@code java.util.List}, {@code int})
 * @param element the type a value converts to: the type argument of {@code Optional} or
 *                {@code List}, else the type itself; {@code null} when that is not a plain
 *                class (a raw container, a parameterized type, a type variable)
 */
public record TypeFacts(String name, String rawName, ValueType element) {

    /** How many values the type holds. */
    public Shape shape() {
        return switch (rawName) {
            case "java.util.Optional" -> Shape.OPTIONAL;
            case "java.util.List" -> Shape.LIST;
            default -> Shape.SINGLE;
        };
    }

    /** One value, an optional one, or a list. */
    public enum Shape {
        SINGLE, OPTIONAL, LIST
    }
}
