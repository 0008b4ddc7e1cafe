package org.freshview.internal.binding;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the converter and constraint rules need to know about a Java type, without loading it:
 * filled from a {@code Class} at deployment ({@link #of(Class)}) and from a
 * {@code javax.lang.model} type by the annotation processor, so both apply the same rules.
 *
 * <pre>{@code
 * ValueType.of(int.class).name();   // "int"
 * Converters.conversion(ValueType.of(UUID.class)); // BUILT_IN
 * }</pre>
 *
 * @param name              the binary name ({@code int}, {@code java.util.UUID}, {@code com.example.Outer$Color})
 * @param simpleName        the simple name, for messages
 * @param primitive         a primitive type
 * @param array             an array type
 * @param interfaceType     an interface (or annotation)
 * @param abstractType      an abstract class
 * @param enumConstants     the constant names of an enum in declaration order; {@code null} for other types
 * @param staticFromString  has a public static {@code fromString(String)} returning the type
 * @param staticValueOf     has a public static {@code valueOf(String)} returning the type
 * @param stringConstructor has a public constructor taking one {@code String}
 */
public record ValueType(String name, String simpleName, boolean primitive, boolean array, boolean interfaceType,
                        boolean abstractType, List<String> enumConstants, boolean staticFromString,
                        boolean staticValueOf, boolean stringConstructor) {

    public ValueType {
        enumConstants = enumConstants == null ? null : List.copyOf(enumConstants);
    }

    /** Whether the type is an enum. */
    public boolean isEnum() {
        return enumConstants != null;
    }

    /**
     * The facts of each class asked about, computed once: every view binding a {@code String} asks,
     * and each look-up of a missing {@code fromString} or {@code valueOf} throws an exception.
     */
    private static final ClassValue<ValueType> FACTS = new ClassValue<>() {
        @Override
        protected ValueType computeValue(Class<?> type) {
            return read(type);
        }
    };

    /** The facts of a loaded class. */
    public static ValueType of(Class<?> type) {
        return FACTS.get(type);
    }

    private static ValueType read(Class<?> type) {
        List<String> constants = null;
        if (type.isEnum()) {
            constants = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                constants.add(((Enum<?>) constant).name());
            }
        }
        return new ValueType(type.getName(), type.getSimpleName(), type.isPrimitive(), type.isArray(),
                type.isInterface(), Modifier.isAbstract(type.getModifiers()), constants,
                staticFactory(type, "fromString"), staticFactory(type, "valueOf"), stringConstructor(type));
    }

    /** {@link #of(Class)} for each value of a map of variable types. */
    public static Map<String, ValueType> of(Map<String, Class<?>> types) {
        Map<String, ValueType> facts = new LinkedHashMap<>();
        types.forEach((name, type) -> facts.put(name, of(type)));
        return facts;
    }

    private static boolean staticFactory(Class<?> type, String name) {
        try {
            Method method = type.getMethod(name, String.class);
            return Modifier.isStatic(method.getModifiers()) && type.isAssignableFrom(method.getReturnType());
        } catch (NoSuchMethodException | SecurityException | LinkageError e) {
            return false;
        }
    }

    private static boolean stringConstructor(Class<?> type) {
        try {
            Constructor<?> constructor = type.getConstructor(String.class);
            return constructor != null;
        } catch (NoSuchMethodException | SecurityException | LinkageError e) {
            return false;
        }
    }
}
