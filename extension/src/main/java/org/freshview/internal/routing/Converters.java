package org.freshview.internal.routing;

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
import java.util.Arrays;
import java.util.HashMap;
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

    private static final Map<Class<?>, Converter<?>> BUILT_IN = builtIn();

    private Converters() {
    }

    /** The converter for a type, or empty when Freshview cannot convert text to it. */
    public static Optional<Converter<?>> find(Class<?> type) {
        Converter<?> known = BUILT_IN.get(type);
        if (known != null) {
            return Optional.of(known);
        }
        if (type.isPrimitive() || type.isArray() || type.isInterface()
                || (Modifier.isAbstract(type.getModifiers()) && !type.isEnum())) {
            return Optional.empty();
        }
        Optional<Converter<?>> factory = staticFactory(type, "fromString");
        if (factory.isPresent()) {
            return factory;
        }
        if (type.isEnum()) {
            return Optional.of(enumConstants(type.asSubclass(Enum.class)));
        }
        return staticFactory(type, "valueOf").or(() -> stringConstructor(type));
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
        put(map, "a number", BigDecimal::new, BigDecimal.class);
        put(map, "an integer", BigInteger::new, BigInteger.class);
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
        E[] constants = type.getEnumConstants();
        String names = Arrays.stream(constants).limit(10).map(Enum::name).collect(Collectors.joining(", "));
        String expected = "one of " + names + (constants.length > 10 ? ", ..." : "");
        return new FunctionConverter<>(text -> Enum.valueOf(type, text), expected);
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
