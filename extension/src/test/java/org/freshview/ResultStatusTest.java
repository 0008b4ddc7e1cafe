package org.freshview;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ResultStatusTest {

    @Test
    void a_status_result_takes_100_to_599_and_names_any_other_code() {
        assertEquals(100, Result.status(100).code());
        assertEquals(599, Result.status(599).code());
        assertEquals("Not an HTTP status: 99",
                assertThrows(IllegalArgumentException.class, () -> Result.status(99)).getMessage());
        assertEquals("Not an HTTP status: 600",
                assertThrows(IllegalArgumentException.class, () -> Result.status(600)).getMessage());
    }

    @Test
    void a_text_result_takes_the_same_codes_with_the_same_message() {
        assertEquals(100, Result.text("x").status(100).statusCode());
        assertEquals(599, Result.text("x").status(599).statusCode());
        assertEquals("Not an HTTP status: 99",
                assertThrows(IllegalArgumentException.class, () -> Result.text("x").status(99)).getMessage());
        assertEquals("Not an HTTP status: 600",
                assertThrows(IllegalArgumentException.class, () -> Result.text("x").status(600)).getMessage());
    }
}
