package org.freshview.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A small HTTP client for tests: plain GETs against a deployed application. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Http() {
    }

    static URI resolve(URL base, String relative) {
        try {
            return base.toURI().resolve(relative);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static HttpResponse<String> get(URL base, String relative) {
        try {
            return CLIENT.send(request(base, relative), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static CompletableFuture<HttpResponse<String>> getAsync(URL base, String relative) {
        return CLIENT.sendAsync(request(base, relative), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends any request; for methods, headers and bodies other than a plain GET. */
    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A request builder for a path of the application, with the same timeout as GETs. */
    static HttpRequest.Builder to(URL base, String relative) {
        return HttpRequest.newBuilder(resolve(base, relative)).timeout(Duration.ofSeconds(60));
    }

    /** An {@code application/x-www-form-urlencoded} body from name, value pairs. */
    static HttpRequest.BodyPublisher form(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(java.net.URLEncoder.encode(namesAndValues[i], java.nio.charset.StandardCharsets.UTF_8))
                    .append('=')
                    .append(java.net.URLEncoder.encode(namesAndValues[i + 1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return HttpRequest.BodyPublishers.ofString(body.toString());
    }

    static final String FORM = "application/x-www-form-urlencoded";

    /** A response body cut short enough for an assertion message. */
    static String abbreviate(String body) {
        return body.length() <= 80 ? body : body.substring(0, 80) + "...";
    }

    private static HttpRequest request(URL base, String relative) {
        return HttpRequest.newBuilder(resolve(base, relative)).timeout(Duration.ofSeconds(60)).GET().build();
    }
}
