package org.freshview.internal.routing;

import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VariableConstraintTest {

    enum Size { S, M }

    private static final TemplateSegment.Variable PLAIN = new TemplateSegment.Variable("v", null, null, false);

    private static boolean accepts(Class<?> type, String value) {
        return VariableConstraint.of(PLAIN, type).test("/" + value + "/", 1, value.length() + 1);
    }

    @Test
    void an_int_accepts_signed_digits_within_its_range() {
        assertTrue(accepts(int.class, "0"));
        assertTrue(accepts(int.class, "-2147483648"));
        assertTrue(accepts(int.class, "+2147483647"));
        assertTrue(accepts(Integer.class, "007"));
        assertFalse(accepts(int.class, "2147483648"));
        assertFalse(accepts(int.class, "-2147483649"));
        assertFalse(accepts(int.class, ""));
        assertFalse(accepts(int.class, "-"));
        assertFalse(accepts(int.class, "1e3"));
        assertFalse(accepts(int.class, "\u0661")); // Arabic-Indic one: Character.isDigit, but not a URL digit
    }

    @Test
    void a_long_accepts_its_whole_range_and_no_more() {
        assertTrue(accepts(long.class, "9223372036854775807"));
        assertTrue(accepts(long.class, "-9223372036854775808"));
        assertFalse(accepts(long.class, "9223372036854775808"));
        assertFalse(accepts(long.class, "-9223372036854775809"));
        assertFalse(accepts(long.class, "99999999999999999999999"));
        assertTrue(accepts(short.class, "-32768"));
        assertFalse(accepts(byte.class, "128"));
    }

    @Test
    void a_uuid_accepts_the_canonical_form_only() {
        assertTrue(accepts(UUID.class, UUID.randomUUID().toString()));
        assertTrue(accepts(UUID.class, "123E4567-E89B-12D3-A456-426614174000"));
        assertFalse(accepts(UUID.class, "123e4567e89b12d3a456426614174000"));
        assertFalse(accepts(UUID.class, "123e4567-e89b-12d3-a456-42661417400g"));
    }

    @Test
    void an_enum_accepts_its_constant_names_exactly() {
        assertTrue(accepts(Size.class, "S"));
        assertFalse(accepts(Size.class, "s"));
        assertFalse(accepts(Size.class, "SM"));
    }

    @Test
    void strings_and_other_types_are_unconstrained_and_a_regex_wins_over_the_type() {
        assertNull(VariableConstraint.of(PLAIN, String.class));
        assertNull(VariableConstraint.of(PLAIN, java.time.LocalDate.class));
        assertNull(VariableConstraint.of(PLAIN, (Class<?>) null));
        TemplateSegment.Variable regex = new TemplateSegment.Variable("v", "[a-c]+", java.util.regex.Pattern.compile("[a-c]+"), false);
        assertTrue(VariableConstraint.of(regex, int.class).test("abc", 0, 3));
    }

    @Test
    void only_a_regex_that_names_control_characters_lets_them_through() {
        for (String named : new String[] {"[\\x00-\\x7F]+", "[^/\\u0000]*\\u0000", "a\\00b", "\\p{Cntrl}+", "[\\t ]+",
                "\\x1f", "\\\\\\n", "\\cA", "x\\p{Cc}"}) {
            assertTrue(new VariableConstraint.Regex(Pattern.compile(named)).allowsControl(), named);
        }
        for (String unnamed : new String[] {".*", ".+", "[^/]+", "\\w+", "\\s+", "\\\\x00", "\\x20", "\\u0020", "\\d+"}) {
            assertFalse(new VariableConstraint.Regex(Pattern.compile(unnamed)).allowsControl(), unnamed);
        }
        assertFalse(VariableConstraint.of(PLAIN, int.class).allowsControl());
    }
}
