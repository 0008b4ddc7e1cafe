package org.freshview.internal.rules;

import org.freshview.internal.binding.ValueType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ConstraintTypesTest {

    private static final String C = "jakarta.validation.constraints.";

    private static TypeFacts type(String raw, Class<?> element) {
        String name = raw.equals(element.getName()) ? raw : raw + "<" + element.getName() + ">";
        return new TypeFacts(name, raw, ValueType.of(element));
    }

    @Test
    void text_constraints_apply_to_text_only() {
        assertNull(ConstraintTypes.mismatch(C + "Email", type("java.lang.String", String.class)));
        assertNull(ConstraintTypes.mismatch(C + "Pattern", type("java.util.Optional", String.class)));
        assertEquals("text (String, CharSequence)", ConstraintTypes.mismatch(C + "NotBlank", type("int", int.class)));
        assertEquals("text (String, CharSequence)", ConstraintTypes.mismatch(C + "Email", type("java.util.List", String.class)));
    }

    @Test
    void size_and_not_empty_apply_to_text_and_lists() {
        assertNull(ConstraintTypes.mismatch(C + "Size", type("java.util.List", Integer.class)));
        assertNull(ConstraintTypes.mismatch(C + "NotEmpty", type("java.lang.String", String.class)));
        assertEquals("text or a List", ConstraintTypes.mismatch(C + "Size", type("java.lang.Long", Long.class)));
    }

    @Test
    void number_constraints_accept_numbers_and_text_as_providers_do() {
        assertNull(ConstraintTypes.mismatch(C + "Min", type("int", int.class)));
        assertNull(ConstraintTypes.mismatch(C + "DecimalMax", type("java.math.BigDecimal", java.math.BigDecimal.class)));
        assertNull(ConstraintTypes.mismatch(C + "Max", type("java.lang.String", String.class)));
        assertEquals("numbers and text", ConstraintTypes.mismatch(C + "Positive", type("boolean", boolean.class)));
        assertEquals("numbers and text", ConstraintTypes.mismatch(C + "Min", type("java.util.List", Integer.class)));
    }

    @Test
    void time_and_boolean_constraints_apply_to_their_types_only() {
        assertNull(ConstraintTypes.mismatch(C + "Past", type("java.time.LocalDate", java.time.LocalDate.class)));
        assertEquals("java.time dates and times", ConstraintTypes.mismatch(C + "Future", type("java.lang.String", String.class)));
        assertNull(ConstraintTypes.mismatch(C + "AssertTrue", type("boolean", boolean.class)));
        assertEquals("boolean and Boolean", ConstraintTypes.mismatch(C + "AssertFalse", type("java.lang.String", String.class)));
    }

    @Test
    void null_checks_and_the_application_s_own_constraints_are_not_checked() {
        assertNull(ConstraintTypes.mismatch(C + "NotNull", type("int", int.class)));
        assertNull(ConstraintTypes.mismatch("com.example.PostalCode", type("int", int.class)));
        assertNull(ConstraintTypes.mismatch("jakarta.validation.Valid", type("int", int.class)));
    }
}
