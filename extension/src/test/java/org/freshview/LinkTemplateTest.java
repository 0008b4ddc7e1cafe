package org.freshview;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LinkTemplateTest {

    private final LinkTemplate form = LinkTemplate.of("com.example.FormView", "/forms/{key}/{page: \\d+}");

    @Test
    void values_are_percent_encoded_as_by_reverse_routing() {
        assertEquals("/forms/tax%20return%2F2026/2", form.expand("tax return/2026", 2));
        assertEquals("/", LinkTemplate.of("com.example.Home", "/").expand());
    }

    @Test
    void a_wrong_count_or_a_value_that_fails_the_regex_is_refused_with_the_template_named() {
        assertEquals("The template \"/forms/{key}/{page: \\d+}\" of com.example.FormView needs 2 value(s) for"
                + " {key}, {page}; got 1.", assertThrows(IllegalArgumentException.class, () -> form.expand("k")).getMessage());
        assertEquals("The value \"two\" of {page} in the template \"/forms/{key}/{page: \\d+}\" of com.example.FormView"
                + " is not a match of the regex \\d+.",
                assertThrows(IllegalArgumentException.class, () -> form.expand("k", "two")).getMessage());
    }

    @Test
    void an_invalid_template_is_refused_with_its_fv_message() {
        assertEquals("FV-202 com.example.V: The template \"forms\" does not start with '/'. Write it relative to the web"
                + " application, starting with '/', for example \"/forms\".",
                assertThrows(IllegalArgumentException.class, () -> LinkTemplate.of("com.example.V", "forms")).getMessage());
    }
}
