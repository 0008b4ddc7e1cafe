package org.freshview.internal.web;

import org.freshview.Form;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormInputTest {

    @Test
    void errors_follow_the_order_fields_were_bound_then_the_names_of_the_others() {
        FormInput input = new FormInput();
        input.value("name", "Ada");
        input.value("age", "x");
        input.error("zeta", "z");
        input.error("alpha", "a");
        input.conversionError("age", "must be an integer");
        input.error("name", "too short");
        input.error("name", "has a digit");

        Form form = input.form();

        assertEquals(List.of("name", "age", "alpha", "zeta"), List.copyOf(form.getErrors().keySet()));
        assertEquals(List.of("has a digit", "too short"), form.errors("name"));
        assertEquals(Map.of("name", "Ada", "age", "x"), form.getValues());
        assertFalse(form.isValid());
        assertTrue(input.hasConversionError("age"));
        assertFalse(input.hasConversionError("name"));
    }

    @Test
    void the_400_text_has_one_line_per_message_with_its_field() {
        FormInput input = new FormInput();
        input.error("email", "must not be blank");
        input.error("age", "must be 18 or more");

        assertEquals("Bad Request: the input is not valid.\nage: must be 18 or more\nemail: must not be blank", input.text());
    }

    @Test
    void values_and_messages_are_bounded_and_control_characters_replaced() {
        FormInput input = new FormInput();
        input.value("big", "y".repeat(50_000));
        input.error("big", "line\r\nbreak " + "m".repeat(1000));
        for (int i = 0; i < 500; i++) {
            input.error("f" + i, "message");
        }

        Form form = input.form();

        assertEquals(FormInput.MAX_VALUE, form.value("big").length());
        String message = form.errors("big").get(0);
        assertTrue(message.startsWith("line??break mmm"), message);
        assertEquals(FormInput.MAX_MESSAGE + 3, message.length());
        assertEquals(FormInput.MAX_MESSAGES, form.getMessages().size());
    }

    @Test
    void the_same_message_twice_for_a_field_is_kept_once() {
        FormInput input = new FormInput();
        input.error("email", "must not be blank");
        input.error("email", "must not be blank");

        assertEquals(List.of("email: must not be blank"), input.form().getMessages());
    }

    @Test
    void html_escaping_covers_text_and_quoted_attributes() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &#34;q&#34; Zoë", Html.escape(
                "<script>alert('x')</script> & \"q\" Zoë"));
        assertEquals("plain", Html.escape("plain"));
    }
}
