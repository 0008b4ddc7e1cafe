package org.freshview.internal.routing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The route tables of the GitHub, Google+, Parse and static benchmarks (test resources routes/). */
class RouteDataTest {

    record Line(String method, String path) {
    }

    static List<Line> lines(String resource) {
        try (InputStream in = RouteDataTest.class.getResourceAsStream("/routes/" + resource)) {
            assertNotNull(in, resource);
            List<Line> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    int space = line.indexOf(' ');
                    lines.add(new Line(line.substring(0, space), line.substring(space + 1)));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RouteSpec<Integer> spec(List<Line> routes, int i) {
        Line route = routes.get(i);
        return new RouteSpec<>(route.path(), "route" + i, Map.of(), Set.of(route.method()), i, "route" + i);
    }

    @ParameterizedTest
    @ValueSource(strings = {"github", "gplus", "parse", "static"})
    void every_request_reaches_its_own_route_in_the_full_table(String api) {
        List<Line> routes = lines(api + ".routes");
        List<Line> requests = lines(api + ".requests");
        Router.Builder<Integer> builder = Router.builder();
        for (int i = 0; i < routes.size(); i++) {
            builder.add(spec(routes, i));
        }
        Router<Integer> router = builder.build();

        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            RouteMatch<Integer> match = router.match(requests.get(i).method(), requests.get(i).path());
            if (match == null || match.target() == null || match.target() != i) {
                wrong.add(requests.get(i) + " -> " + (match == null ? null : match.target()));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest
    @ValueSource(strings = {"github", "gplus", "parse", "static"})
    void every_route_alone_matches_its_own_request_and_no_other(String api) {
        List<Line> routes = lines(api + ".routes");
        List<Line> requests = lines(api + ".requests");
        assertEquals(routes.size(), requests.size());

        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < routes.size(); i++) {
            Router<Integer> alone = Router.<Integer>builder().add(spec(routes, i)).build();
            for (int j = 0; j < requests.size(); j++) {
                RouteMatch<Integer> match = alone.match(requests.get(j).method(), requests.get(j).path());
                boolean matched = match != null && match.target() != null;
                if (matched != (i == j)) {
                    wrong.add(routes.get(i) + (matched ? " matches " : " misses ") + requests.get(j));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest
    @ValueSource(strings = {"github", "gplus", "parse", "static"})
    void reversing_every_match_gives_back_its_request(String api) {
        List<Line> routes = lines(api + ".routes");
        List<Line> requests = lines(api + ".requests");
        Router.Builder<Integer> builder = Router.builder();
        for (int i = 0; i < routes.size(); i++) {
            builder.add(spec(routes, i));
        }
        Router<Integer> router = builder.build();

        for (int i = 0; i < requests.size(); i++) {
            RouteMatch<Integer> match = router.match(requests.get(i).method(), requests.get(i).path());
            String uri = router.routeTable().uri("route" + i, match.values());
            assertEquals(requests.get(i).path(), uri);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"github", "gplus", "parse", "static"})
    void the_tables_have_the_documented_sizes(String api) {
        int expected = Map.of("github", 203, "gplus", 13, "parse", 26, "static", 157).get(api);

        assertEquals(expected, lines(api + ".routes").size());
        assertEquals(expected, lines(api + ".requests").size());
    }
}
