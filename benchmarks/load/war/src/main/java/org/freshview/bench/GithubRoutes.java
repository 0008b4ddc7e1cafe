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
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Deploys the GitHub API route set next to {@link EchoView} when the WAR carries
 * {@code github-routes.txt} (the {@code routes} variant of the benchmark WAR): one
 * {@link FillerView} per distinct template, so the same view is measured with 1 route and with
 * the 203 GitHub routes.
 */
public class GithubRoutes implements Extension {

    static final String RESOURCE = "github-routes.txt";

    void addFillerViews(@Observes BeforeBeanDiscovery event) {
        for (String template : templates()) {
            event.addAnnotatedType(FillerView.class, "github" + template)
                    .add(new ViewLiteral(template));
        }
    }

    /** The distinct templates of the list; this extension's views answer GET only. */
    private static Set<String> templates() {
        Set<String> templates = new LinkedHashSet<>();
        try (InputStream in = GithubRoutes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return templates;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    templates.add(line.substring(line.indexOf(' ') + 1).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return templates;
    }
}
