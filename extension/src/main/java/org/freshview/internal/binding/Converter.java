package org.freshview.internal.binding;

/**
 * Turns one text value (a path variable, a query or form value, a header) into a Java value.
 * Found once per parameter at deployment by {@link Converters#find(Class)}.
 *
 * @param <T> the Java type it produces
 */
public interface Converter<T> {

    /**
     * Converts a value.
     *
     * @throws IllegalArgumentException (or any runtime exception) when the text is not a value
     *                                  of the type
     */
    T convert(String text);

    /** What a valid value looks like, for error messages: "an integer", "one of RED, GREEN". */
    String expected();
}
