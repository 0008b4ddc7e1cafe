package org.freshview.bench;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Deploys the GitHub API route set next to {@link EchoView} when the WAR carries
 * {@code github-routes.txt} (the {@code routes} variant of the benchmark WAR): one
 * {@link FillerView} per template, with the handlers of that template's methods only, so the
 * same view is measured with 1 route and with the 203 GitHub routes.
 */
public class GithubRoutes implements Extension {

    static final String RESOURCE = "github-routes.txt";

    void addFillerViews(@Observes BeforeBeanDiscovery event) {
        routes().forEach((template, methods) -> event.addAnnotatedType(FillerView.class, "github " + template)
                .add(new ViewLiteral(template))
                .filterMethods(method -> !methods.contains(httpMethod(method.getJavaMember().getName())))
                .forEach(method -> method.removeAll()));
    }

    /** FillerView's handler names are the methods in lower case. */
    private static String httpMethod(String handler) {
        return handler.toUpperCase(Locale.ROOT);
    }

    /** Template to HTTP methods, in the order of the list. */
    private static Map<String, Set<String>> routes() {
        Map<String, Set<String>> routes = new LinkedHashMap<>();
        try (InputStream in = GithubRoutes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return routes;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] route = line.trim().split(" ", 2);
                    routes.computeIfAbsent(route[1], t -> new TreeSet<>()).add(route[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return routes;
    }
}
