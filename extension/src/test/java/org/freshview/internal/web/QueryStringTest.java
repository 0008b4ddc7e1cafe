package org.freshview.internal.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QueryStringTest {

    @Test
    void repeated_names_keep_every_value_in_order_and_decode_utf8() throws BadRequest {
        Map<String, List<String>> values = QueryString.parse("a=1&b=caf%C3%A9+au+lait&a=2&flag&&c=");

        assertEquals(List.of("1", "2"), values.get("a"));
        assertEquals(List.of("café au lait"), values.get("b"));
        assertEquals(List.of(""), values.get("flag"));
        assertEquals(List.of(""), values.get("c"));
    }

    @Test
    void malformed_percent_encoding_is_a_bad_request() {
        BadRequest bad = assertThrows(BadRequest.class, () -> QueryString.parse("a=%zz"));
        assertEquals(400, bad.status());
    }
}
