package org.freshview.demo.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One user of the demo: its own cookies (so its own CSRF cookie), no redirects followed, and
 * the CSRF token of the last page it read.
 */
final class DemoClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private String token;
    private String acceptLanguage;

    /** Sends this {@code Accept-Language} with every request from now on, as a browser set to it would. */
    DemoClient acceptLanguage(String languages) {
        acceptLanguage = languages;
        return this;
    }

    HttpResponse<String> get(URI uri) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri).GET());
        Matcher found = CSRF.matcher(response.body());
        if (found.find()) {
            token = found.group(1);
        }
        return response;
    }

    /** Posts the form with the token of the last page read, like a browser submitting it. */
    HttpResponse<String> post(URI uri, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        if (token == null) {
            throw new IllegalStateException("GET a page with a form before posting: no CSRF token yet");
        }
        withToken.put("_csrf", token);
        return postWithout(uri, withToken);
    }

    /** Posts exactly these fields: no token unless the caller put one in. */
    HttpResponse<String> postWithout(URI uri, Map<String, String> form) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    String token() {
        return token;
    }

    /** The Location of a redirect, resolved against the request URI. */
    static URI location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("No Location header; status " + response.statusCode()
                        + ", body: " + abbreviate(response.body())));
        return response.uri().resolve(location);
    }

    static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
