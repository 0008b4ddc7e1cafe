package org.freshview.demo.it;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Steps of the membership application over HTTP, shared by the tests. */
final class Applications {

    private Applications() {
    }

    /** Opens the start page, starts a new application and returns the URI of its form, {@code .../forms/{key}}. */
    static URI start(DemoClient client, URL base) {
        URI forms = uri(base, "forms");
        HttpResponse<String> list = client.get(forms);
        assertEquals(200, list.statusCode(), "GET /forms");
        HttpResponse<String> created = client.post(forms, Map.of());
        assertEquals(303, created.statusCode(), "POST /forms: " + DemoClient.abbreviate(created.body()));
        URI pageOne = DemoClient.location(created);
        String path = pageOne.toString();
        assertEquals('1', path.charAt(path.length() - 1), "a new application starts on page 1: " + path);
        return URI.create(path.substring(0, path.length() - 2));
    }

    static String key(URI form) {
        String path = form.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static URI page(URI form, int number) {
        return URI.create(form + "/" + number);
    }

    static Map<String, String> aboutYou(String name, String email) {
        return Map.of("fullName", name, "email", email, "birthYear", "1990");
    }

    static Map<String, String> address(String street, String city, String country) {
        return Map.of("street", street, "postalCode", "12345", "city", city, "country", country);
    }

    static Map<String, String> membership(String plan, String comments) {
        return Map.of("plan", plan, "comments", comments);
    }

    /** GETs the page (for its token), posts the answers, and expects the redirect to the next page. */
    static void savePage(DemoClient client, URI form, int number, Map<String, String> answers) {
        HttpResponse<String> page = client.get(page(form, number));
        assertEquals(200, page.statusCode(), "GET page " + number);
        HttpResponse<String> saved = client.post(page(form, number), answers);
        assertEquals(303, saved.statusCode(), "POST page " + number + ": " + DemoClient.abbreviate(saved.body()));
        assertEquals(page(form, number + 1), DemoClient.location(saved));
    }

    static URI uri(URL base, String relative) {
        try {
            return base.toURI().resolve(relative);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
