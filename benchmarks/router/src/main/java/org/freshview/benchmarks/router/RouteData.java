package org.freshview.benchmarks.router;

import org.freshview.internal.routing.RouteSpec;
import org.freshview.internal.routing.Router;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A route table file ({@code METHOD /path} per line) from the resources under {@code routes/}. */
record RouteData(List<String> methods, List<String> paths) {

    static RouteData load(String resource) {
        try (InputStream in = RouteData.class.getResourceAsStream("/routes/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource routes/" + resource);
            }
            List<String> methods = new ArrayList<>();
            List<String> paths = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    int space = line.indexOf(' ');
                    methods.add(line.substring(0, space));
                    paths.add(line.substring(space + 1));
                }
            }
            return new RouteData(List.copyOf(methods), List.copyOf(paths));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return paths.size();
    }

    /** A router whose target for route {@code i} is {@code i}. */
    Router<Integer> router() {
        Router.Builder<Integer> builder = Router.builder();
        for (int i = 0; i < size(); i++) {
            builder.add(new RouteSpec<>(paths.get(i), "route" + i, Map.of(), Set.of(methods.get(i)), i));
        }
        return builder.build();
    }

    /** The lines whose route (same index in the routes file) has no variable, or only those that have. */
    RouteData select(RouteData routes, boolean literal) {
        List<String> m = new ArrayList<>();
        List<String> p = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (routes.paths().get(i).contains("{") != literal) {
                m.add(methods.get(i));
                p.add(paths.get(i));
            }
        }
        return new RouteData(m, p);
    }
}
