package org.freshview.internal.routing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TrailingSlashTest {

    @Test
    void no_value_means_redirect() {
        assertEquals(TrailingSlash.REDIRECT, TrailingSlash.parse(null));
        assertEquals(TrailingSlash.REDIRECT, TrailingSlash.parse(" "));
    }

    @Test
    void values_are_read_in_any_case() {
        assertEquals(TrailingSlash.MATCH, TrailingSlash.parse("Match"));
        assertEquals(TrailingSlash.STRICT, TrailingSlash.parse(" strict "));
        assertEquals(TrailingSlash.REDIRECT, TrailingSlash.parse("REDIRECT"));
    }

    @Test
    void an_unknown_value_is_rejected_with_the_choices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrailingSlash.parse("add"));

        assertEquals("The freshview.trailingSlash parameter is \"add\"; use redirect (the default), match or strict.",
                e.getMessage());
    }
}
