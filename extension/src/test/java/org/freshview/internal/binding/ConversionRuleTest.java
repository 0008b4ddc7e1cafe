package org.freshview.internal.binding;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The converter rule decides from facts alone, so the annotation processor gets the extension's answer. */
class ConversionRuleTest {

    private static ValueType userType(boolean fromString, boolean valueOf, boolean constructor, List<String> constants) {
        return new ValueType("com.example.Code", "Code", false, false, false, false, constants, fromString, valueOf,
                constructor);
    }

    @Test
    void facts_from_a_class_and_facts_written_by_hand_get_the_same_conversion() {
        assertEquals(Converters.Conversion.BUILT_IN, Converters.conversion(ValueType.of(int.class)));
        assertEquals(Converters.Conversion.BUILT_IN, Converters.conversion(ValueType.of(UUID.class)));
        assertEquals(Converters.Conversion.FROM_STRING, Converters.conversion(ValueType.of(ConvertersTest.Mood.class)));
        assertEquals(Converters.Conversion.ENUM_CONSTANT, Converters.conversion(ValueType.of(ConvertersTest.Color.class)));
        assertEquals(Converters.Conversion.VALUE_OF, Converters.conversion(ValueType.of(ConvertersTest.Money.class)));
        assertEquals(Converters.Conversion.STRING_CONSTRUCTOR, Converters.conversion(ValueType.of(ConvertersTest.Tag.class)));
        assertEquals(Converters.Conversion.NONE, Converters.conversion(ValueType.of(Duration.class)));

        assertEquals(Converters.Conversion.FROM_STRING, Converters.conversion(userType(true, true, true, null)));
        assertEquals(Converters.Conversion.VALUE_OF, Converters.conversion(userType(false, true, true, null)));
        assertEquals(Converters.Conversion.STRING_CONSTRUCTOR, Converters.conversion(userType(false, false, true, null)));
        assertEquals(Converters.Conversion.ENUM_CONSTANT, Converters.conversion(userType(false, true, false, List.of("A"))));
        assertEquals(Converters.Conversion.NONE, Converters.conversion(userType(false, false, false, null)));
    }

    @Test
    void without_loading_only_built_in_types_and_enum_constants_convert() {
        assertEquals(42, Converters.withoutLoading(ValueType.of(int.class)).convert("42"));
        Converter<?> colors = Converters.withoutLoading(userType(false, true, false, List.of("RED", "GREEN")));
        assertEquals("one of RED, GREEN", colors.expected());
        assertEquals("one of RED, GREEN", Converters.find(ConvertersTest.Color.class).orElseThrow().expected());
        assertThrows(IllegalArgumentException.class, () -> colors.convert("BLUE"));
        assertNull(Converters.withoutLoading(userType(false, true, false, null)));
    }
}
