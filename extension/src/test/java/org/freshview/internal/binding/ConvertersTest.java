package org.freshview.internal.binding;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConvertersTest {

    enum Color { RED, GREEN }

    enum Mood {
        HAPPY, SAD;

        public static Mood fromString(String text) {
            return valueOf(text.toUpperCase());
        }
    }

    public record Money(BigDecimal amount) {
        public static Money valueOf(String text) {
            return new Money(new BigDecimal(text));
        }
    }

    public static final class Tag {
        final String text;

        public Tag(String text) {
            this.text = text;
        }
    }

    private static Object convert(Class<?> type, String text) {
        return Converters.find(type).orElseThrow().convert(text);
    }

    @Test
    void built_in_types_convert_from_their_usual_text() {
        assertEquals(42, convert(int.class, "42"));
        assertEquals(-7L, convert(Long.class, "-7"));
        assertEquals(new BigDecimal("12.50"), convert(BigDecimal.class, "12.50"));
        assertEquals(LocalDate.of(2026, 11, 25), convert(LocalDate.class, "2026-11-25"));
        assertEquals(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                convert(UUID.class, "123e4567-e89b-12d3-a456-426614174000"));
        assertEquals('x', convert(char.class, "x"));
    }

    @Test
    void big_numbers_of_up_to_1000_characters_convert() {
        String digits = "9".repeat(1000);

        assertEquals(new BigInteger(digits), convert(BigInteger.class, digits));
        assertEquals(new BigDecimal("-" + "9".repeat(997) + ".5"), convert(BigDecimal.class, "-" + "9".repeat(997) + ".5"));
        assertEquals(new BigDecimal("1e1000"), convert(BigDecimal.class, "1e1000"));
        assertEquals(new BigDecimal("1e-1000"), convert(BigDecimal.class, "1e-1000"));
    }

    @Test
    void big_numbers_longer_than_1000_characters_or_with_a_larger_exponent_are_refused_and_say_so() {
        assertThrows(NumberFormatException.class, () -> convert(BigInteger.class, "9".repeat(1001)));
        assertThrows(NumberFormatException.class, () -> convert(BigDecimal.class, "9".repeat(1001)));
        assertThrows(NumberFormatException.class, () -> convert(BigDecimal.class, "1e1001"));
        assertThrows(NumberFormatException.class, () -> convert(BigDecimal.class, "1e-999999999"));
        assertEquals("a number of at most 1000 digits", Converters.find(BigDecimal.class).orElseThrow().expected());
        assertEquals("an integer of at most 1000 digits", Converters.find(BigInteger.class).orElseThrow().expected());
    }

    @Test
    void booleans_accept_checkbox_values_and_refuse_typos() {
        assertEquals(true, convert(boolean.class, "on"));
        assertEquals(false, convert(Boolean.class, "FALSE"));
        assertThrows(IllegalArgumentException.class, () -> convert(boolean.class, "ture"));
    }

    @Test
    void enums_convert_by_name_or_by_their_own_from_string() {
        assertEquals(Color.GREEN, convert(Color.class, "GREEN"));
        assertThrows(IllegalArgumentException.class, () -> convert(Color.class, "green"));
        assertEquals(Mood.SAD, convert(Mood.class, "sad"));
        assertEquals("one of RED, GREEN", Converters.find(Color.class).orElseThrow().expected());
    }

    @Test
    void user_types_convert_by_value_of_or_string_constructor() {
        assertEquals(new Money(new BigDecimal("3.5")), convert(Money.class, "3.5"));
        assertEquals("blue", ((Tag) convert(Tag.class, "blue")).text);
        assertEquals("a valid Money", Converters.find(Money.class).orElseThrow().expected());
    }

    @Test
    void types_without_a_text_form_have_no_converter() {
        assertTrue(Converters.find(Duration.class).isEmpty());
        assertTrue(Converters.find(Runnable.class).isEmpty());
        assertTrue(Converters.find(int[].class).isEmpty());
    }
}
