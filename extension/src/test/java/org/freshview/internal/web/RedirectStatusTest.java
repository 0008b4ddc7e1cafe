package org.freshview.internal.web;

import org.freshview.testsupport.FakeHttpRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RedirectStatusTest {

    @ParameterizedTest(name = "{0} redirects with {1}")
    @CsvSource({"GET, 302", "HEAD, 302", "OPTIONS, 302", "TRACE, 302",
            "POST, 303", "PUT, 303", "PATCH, 303", "DELETE, 303", "MERGE, 303", "PROPPATCH, 303"})
    void an_unsafe_method_is_followed_by_a_get(String method, int expected) {
        FakeHttpRequest fake = FakeHttpRequest.of(method, "/app", "/orders");

        assertEquals(expected, ResultWriter.redirectStatus(fake.request(), 0));
    }

    @ParameterizedTest(name = "a chosen {0} stays")
    @CsvSource({"301", "307", "308"})
    void a_chosen_status_is_kept_for_any_method(int chosen) {
        FakeHttpRequest fake = FakeHttpRequest.of("MERGE", "/app", "/orders");

        assertEquals(chosen, ResultWriter.redirectStatus(fake.request(), chosen));
    }
}
