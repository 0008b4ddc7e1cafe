package org.freshview.internal.binding;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The converters Freshview knows, looked up once per parameter at deployment.
 *
 * <p>In order: primitives and their wrappers, {@code String}, {@code UUID},
 * {@code BigDecimal}, {@code BigInteger}, {@code LocalDate}, {@code LocalTime},
 * {@code LocalDateTime}, {@code Instant}; then enums (by {@code fromString(String)} if the
 * enum declares one, else by constant name); then any type with a public static
 * {@code valueOf(String)} or {@code fromString(String)}, or a public constructor taking a
 * {@code String}, as in Jakarta REST.
 */
public final class Converters {

    /**
     * The most characters of a {@code BigDecimal} or {@code BigInteger} value, and the largest
     * exponent a {@code BigDecimal} may have. Both parse in time quadratic in the digits (800,000
     * digits took 7 s), and a short {@code 1e999999999} costs its user that much later.
     */
    public static final int MAX_NUMBER_LENGTH = 1000;

    private static final Map<Class<?>, Converter<?>> BUILT_IN = builtIn();
    private static final Map<String, Converter<?>> BUILT_IN_BY_NAME = byName(BUILT_IN);

    /** How text becomes a value of a type; decided by {@link #conversion(ValueType)}. */
    public enum Conversion {
        /** One of the types listed above. */
        BUILT_IN,
        /** A public static {@code fromString(String)}, enums included. */
        FROM_STRING,
        /** An enum without {@code fromString}: by constant name. */
        ENUM_CONSTANT,
        /** A public static {@code valueOf(String)}. */
        VALUE_OF,
        /** A public constructor taking a {@code String}. */
        STRING_CONSTRUCTOR,
        /** Freshview cannot convert text to the type (FV-305). */
        NONE
    }

    private Converters() {
    }

    /**
     * The rule deciding whether and how text converts to a type, shared by the extension (at
     * deployment) and the annotation processor (at compile time).
     */
    public static Conversion conversion(ValueType type) {
        if (BUILT_IN_BY_NAME.containsKey(type.name())) {
            return Conversion.BUILT_IN;
        }
        if (type.primitive() || type.array() || type.interfaceType() || (type.abstractType() && !type.isEnum())) {
            return Conversion.NONE;
        }
        if (type.staticFromString()) {
            return Conversion.FROM_STRING;
        }
        if (type.isEnum()) {
            return Conversion.ENUM_CONSTANT;
        }
        if (type.staticValueOf()) {
            return Conversion.VALUE_OF;
        }
        return type.stringConstructor() ? Conversion.STRING_CONSTRUCTOR : Conversion.NONE;
    }

    /** The converter for a type, or empty when Freshview cannot convert text to it. */
    public static Optional<Converter<?>> find(Class<?> type) {
        return switch (conversion(ValueType.of(type))) {
            case BUILT_IN -> Optional.of(BUILT_IN.get(type));
            case FROM_STRING -> staticFactory(type, "fromString");
            case ENUM_CONSTANT -> Optional.of(enumConstants(type.asSubclass(Enum.class)));
            case VALUE_OF -> staticFactory(type, "valueOf");
            case STRING_CONSTRUCTOR -> stringConstructor(type);
            case NONE -> Optional.empty();
        };
    }

    /**
     * The converter of a type that can run without loading the type: a built-in type or an
     * enum by constant name; {@code null} for the others (their converter is user code). The
     * annotation processor checks {@code @DefaultValue} with it.
     */
    public static Converter<?> withoutLoading(ValueType type) {
        return switch (conversion(type)) {
            case BUILT_IN -> BUILT_IN_BY_NAME.get(type.name());
            case ENUM_CONSTANT -> enumNames(type);
            default -> null;
        };
    }

    private static Map<String, Converter<?>> byName(Map<Class<?>, Converter<?>> builtIn) {
        Map<String, Converter<?>> map = new HashMap<>();
        builtIn.forEach((type, converter) -> map.put(type.getName(), converter));
        return Map.copyOf(map);
    }

    private static Map<Class<?>, Converter<?>> builtIn() {
        Map<Class<?>, Converter<?>> map = new HashMap<>();
        put(map, "an integer", Integer::valueOf, int.class, Integer.class);
        put(map, "an integer", Long::valueOf, long.class, Long.class);
        put(map, "an integer", Short::valueOf, short.class, Short.class);
        put(map, "an integer", Byte::valueOf, byte.class, Byte.class);
        put(map, "a number", Double::valueOf, double.class, Double.class);
        put(map, "a number", Float::valueOf, float.class, Float.class);
        put(map, "true or false", Converters::toBoolean, boolean.class, Boolean.class);
        put(map, "one character", Converters::toCharacter, char.class, Character.class);
        put(map, "text", Function.identity(), String.class, CharSequence.class);
        put(map, "a UUID", UUID::fromString, UUID.class);
        put(map, "a number of at most " + MAX_NUMBER_LENGTH + " digits", Converters::toBigDecimal, BigDecimal.class);
        put(map, "an integer of at most " + MAX_NUMBER_LENGTH + " digits", Converters::toBigInteger, BigInteger.class);
        put(map, "a date (yyyy-mm-dd)", LocalDate::parse, LocalDate.class);
        put(map, "a time (hh:mm or hh:mm:ss)", LocalTime::parse, LocalTime.class);
        put(map, "a date and time (yyyy-mm-ddThh:mm)", LocalDateTime::parse, LocalDateTime.class);
        put(map, "an instant (yyyy-mm-ddThh:mm:ssZ)", Instant::parse, Instant.class);
        return Map.copyOf(map);
    }

    private static void put(Map<Class<?>, Converter<?>> map, String expected, Function<String, ?> parse,
                            Class<?>... types) {
        Converter<?> converter = new FunctionConverter<>(parse, expected);
        for (Class<?> type : types) {
            map.put(type, converter);
        }
    }

    private static BigDecimal toBigDecimal(String text) {
        checkLength(text);
        BigDecimal value = new BigDecimal(text);
        if (Math.abs((long) value.scale()) > MAX_NUMBER_LENGTH) {
            throw new NumberFormatException("exponent out of range");
        }
        return value;
    }

    private static BigInteger toBigInteger(String text) {
        checkLength(text);
        return new BigInteger(text);
    }

    private static void checkLength(String text) {
        if (text.length() > MAX_NUMBER_LENGTH) {
            throw new NumberFormatException("more than " + MAX_NUMBER_LENGTH + " characters");
        }
    }

    // Strict on purpose: Boolean.valueOf turns any typo into false. "on" is what an HTML checkbox sends.
    private static Boolean toBoolean(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1" -> Boolean.TRUE;
            case "false", "off", "no", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(text);
        };
    }

    private static Character toCharacter(String text) {
        if (text.length() != 1) {
            throw new IllegalArgumentException(text);
        }
        return text.charAt(0);
    }

    private static <E extends Enum<E>> Converter<E> enumConstants(Class<E> type) {
        return new FunctionConverter<>(text -> Enum.valueOf(type, text), enumExpected(ValueType.of(type)));
    }

    /** Checks a constant name against the enum's constants, without loading the enum. */
    private static Converter<String> enumNames(ValueType type) {
        return new FunctionConverter<>(text -> {
            if (!type.enumConstants().contains(text)) {
                throw new IllegalArgumentException(text);
            }
            return text;
        }, enumExpected(type));
    }

    private static String enumExpected(ValueType type) {
        List<String> constants = type.enumConstants();
        String names = constants.stream().limit(10).collect(Collectors.joining(", "));
        return "one of " + names + (constants.size() > 10 ? ", ..." : "");
    }

    private static Optional<Converter<?>> staticFactory(Class<?> type, String name) {
        Method method;
        try {
            method = type.getMethod(name, String.class);
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
        if (!Modifier.isStatic(method.getModifiers()) || !type.isAssignableFrom(method.getReturnType())) {
            return Optional.empty();
        }
        try {
            method.setAccessible(true); // a public method of a class that is not public
            MethodHandle handle = MethodHandles.lookup().unreflect(method)
                    .asType(MethodType.methodType(Object.class, String.class));
            return Optional.of(new HandleConverter(handle, "a valid " + type.getSimpleName()));
        } catch (IllegalAccessException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Converter<?>> stringConstructor(Class<?> type) {
        try {
            Constructor<?> constructor = type.getConstructor(String.class);
            constructor.setAccessible(true);
            MethodHandle handle = MethodHandles.lookup().unreflectConstructor(constructor)
                    .asType(MethodType.methodType(Object.class, String.class));
            return Optional.of(new HandleConverter(handle, "a valid " + type.getSimpleName()));
        } catch (NoSuchMethodException | IllegalAccessException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private record FunctionConverter<T>(Function<String, T> parse, String expected) implements Converter<T> {
        @Override
        public T convert(String text) {
            return parse.apply(text);
        }
    }

    private record HandleConverter(MethodHandle handle, String expected) implements Converter<Object> {
        @Override
        public Object convert(String text) {
            try {
                return (Object) handle.invokeExact(text);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalArgumentException(e); // a checked exception from a user's valueOf
            }
        }
    }
}
