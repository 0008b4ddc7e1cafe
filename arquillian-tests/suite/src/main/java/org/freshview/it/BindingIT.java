package org.freshview.it;

import org.freshview.it.views.BindingView;
import org.freshview.it.views.ItemView;
import org.freshview.it.views.Size;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
class BindingIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("binding", BindingView.class, ItemView.class, BindingView.Color.class, Size.class);
    }

    @ArquillianResource
    URL base;

    private HttpResponse<String> get(String query, String... headers) {
        HttpRequest.Builder request = Http.to(base, "binding?" + query);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return Http.send(request.GET().build());
    }

    private static List<String> lines(HttpResponse<String> response) {
        return List.of(response.body().split("\n"));
    }

    @Test
    void path_variables_are_decoded_and_bound_to_fields_and_parameters() {
        HttpResponse<String> response = Http.get(base, "items/42/caf%C3%A9%20au%20lait");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("item 42 slug café au lait", response.body());
    }

    @Test
    void query_values_are_converted_to_each_parameter_type() {
        HttpResponse<String> response = get("n=7&boxed=-3&tag=a&tag=b%20c&page=2&id=123e4567-e89b-12d3-a456-426614174000"
                + "&color=GREEN&price=12.50&day=2026-11-25&box=3x4&flag=on&fieldQuery=from%20query");

        assertEquals(200, response.statusCode(), response.body());
        List<String> lines = lines(response);
        assertEquals(List.of("n=7", "boxed=-3", "tags=[a, b c]", "page=Optional[2]", "size=20",
                "id=123e4567-e89b-12d3-a456-426614174000", "color=GREEN", "price=12.50", "day=2026-11-25",
                "box=Size[width=3, height=4]", "flag=true"), lines.subList(0, 11));
        assertTrue(lines.contains("fieldQuery=from query"), response.body());
    }

    @Test
    void absent_values_give_defaults_empty_optionals_empty_lists_and_nulls() {
        HttpResponse<String> response = get("n=1");

        assertEquals(200, response.statusCode(), response.body());
        List<String> lines = lines(response);
        assertTrue(lines.containsAll(List.of("boxed=null", "tags=[]", "page=Optional.empty", "size=20", "id=null",
                "flag=false", "token=null", "theme=null", "fieldQuery=field-default", "fieldHeader=Optional.empty")),
                response.body());
    }

    @Test
    void an_empty_form_value_counts_as_absent_for_a_number() {
        HttpResponse<String> response = get("n=1&boxed=&page=");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(lines(response).containsAll(List.of("boxed=null", "page=Optional.empty")), response.body());
    }

    @Test
    void headers_cookies_and_injected_request_objects_are_bound() {
        HttpResponse<String> response = get("n=1", "X-Token", "t-42", "Cookie", "theme=dark", "X-Field", "f",
                "Accept-Language", "fr-CA");

        assertEquals(200, response.statusCode(), response.body());
        List<String> lines = lines(response);
        assertTrue(lines.containsAll(List.of("token=t-42", "theme=dark", "locale=fr-CA", "session=true",
                "fieldHeader=Optional[f]")), response.body());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("request=/") && l.endsWith("/binding")), response.body());
    }

    @Test
    void form_fields_are_bound_apart_from_query_values_of_the_same_name() {
        HttpResponse<String> response = Http.send(Http.to(base, "binding?name=fromQuery")
                .header("Content-Type", Http.FORM)
                .POST(Http.form("name", "Zoë", "item", "1", "item", "2")).build());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("name=Zoë\nitems=[1, 2]\nqueryName=fromQuery", response.body());
    }

    @Test
    void a_value_that_does_not_convert_gets_400_naming_the_parameter() {
        assertBadRequest(get("n=seven"), "Bad query parameter \"n\": expected an integer, got \"seven\".");
        assertBadRequest(get("n=1&color=BLUE"), "Bad query parameter \"color\": expected one of RED, GREEN, got \"BLUE\".");
        assertBadRequest(get("n=1&day=yesterday"),
                "Bad query parameter \"day\": expected a date (yyyy-mm-dd), got \"yesterday\".");
        assertBadRequest(get("n=1&box=big"), "Bad query parameter \"box\": expected a valid Size, got \"big\".");
        assertBadRequest(get("n=1&tag=ok&page=two"), "Bad query parameter \"page\": expected an integer, got \"two\".");
    }

    @Test
    void an_absent_primitive_is_zero_or_false_as_in_jakarta_rest() {
        HttpResponse<String> response = get("boxed=1");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(lines(response).containsAll(List.of("n=0", "flag=false")), response.body());
    }

    @Test
    void a_bad_form_value_gets_400_naming_the_field() {
        HttpResponse<String> response = Http.send(Http.to(base, "binding")
                .header("Content-Type", Http.FORM)
                .POST(Http.form("item", "1", "item", "two")).build());

        assertBadRequest(response, "Bad form field \"item\": expected an integer, got \"two\".");
    }

    @Test
    void a_value_echoed_in_a_400_is_cut_to_40_characters_with_control_characters_replaced() {
        String fifty = "12345678901234567890123456789012345678901234567890x";
        assertBadRequest(get("n=" + fifty), "Bad query parameter \"n\": expected an integer, got \""
                + fifty.substring(0, 40) + "...\".");
        assertBadRequest(get("n=1%0D%0ASet-Cookie:%20x%09y%7F"),
                "Bad query parameter \"n\": expected an integer, got \"1??Set-Cookie: x?y?\".");
    }

    private static void assertBadRequest(HttpResponse<String> response, String message) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(message, response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        // Freshview's own text answers tell browsers not to sniff another type from the echoed value.
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse("absent"));
        assertFalse(response.body().contains("Exception"));
    }
}
