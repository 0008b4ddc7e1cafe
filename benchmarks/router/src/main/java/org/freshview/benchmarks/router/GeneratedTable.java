package org.freshview.benchmarks.router;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic table of {@code size} routes in three shapes (literal, one variable, two variables
 * under a literal), with one request per route, seeded so every run sees the same table.
 */
final class GeneratedTable {

    private GeneratedTable() {
    }

    static RouteData routes(int size) {
        List<String> methods = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            methods.add(i % 5 == 0 ? "POST" : "GET");
            paths.add(switch (i % 3) {
                case 0 -> "/static" + i + "/index";
                case 1 -> "/res" + i + "/{id}";
                default -> "/api/v" + i + "/{owner}/items/{item}";
            });
        }
        return new RouteData(methods, paths);
    }

    /** {@code count} requests for randomly chosen routes of the table. */
    static RouteData requests(RouteData routes, int count, long seed) {
        Random random = new Random(seed);
        List<String> methods = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            int i = random.nextInt(routes.size());
            methods.add(routes.methods().get(i));
            paths.add(routes.paths().get(i).replace("{id}", "12345").replace("{owner}", "octocat")
                    .replace("{item}", "42"));
        }
        return new RouteData(methods, paths);
    }
}
