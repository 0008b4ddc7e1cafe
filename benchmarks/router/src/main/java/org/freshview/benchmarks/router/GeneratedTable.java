package org.freshview.benchmarks.router;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic route tables in three shapes (literal, one variable, two variables under a shared
 * literal). Every table ends with the same ten "hot" routes, so a table of 10 and one of 10,000
 * can be asked the very same requests; a router that scans its routes in declaration order would
 * find them last.
 */
final class GeneratedTable {

    static final int HOT = 10;

    private GeneratedTable() {
    }

    /** {@code size - 10} filler routes, then the ten hot routes. */
    static RouteData routes(int size) {
        List<String> methods = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < size - HOT; i++) {
            methods.add(i % 5 == 0 ? "POST" : "GET");
            paths.add(template("f" + i, i));
        }
        for (int i = 0; i < HOT; i++) {
            methods.add(i % 5 == 0 ? "POST" : "GET");
            paths.add(template("hot" + i, i));
        }
        return new RouteData(methods, paths);
    }

    private static String template(String name, int i) {
        return switch (i % 3) {
            case 0 -> "/static-" + name + "/index";
            case 1 -> "/res-" + name + "/{id}";
            default -> "/api/v-" + name + "/{owner}/items/{item}";
        };
    }

    /** {@code count} requests for routes drawn from the last {@code among} routes of the table. */
    static RouteData requests(RouteData routes, int among, int count, long seed) {
        Random random = new Random(seed);
        List<String> methods = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            int i = routes.size() - 1 - random.nextInt(among);
            methods.add(routes.methods().get(i));
            paths.add(routes.paths().get(i).replace("{id}", "12345").replace("{owner}", "octocat")
                    .replace("{item}", "42"));
        }
        return new RouteData(methods, paths);
    }
}
