package org.freshview.internal.routing;

import org.freshview.internal.binding.ValueType;
import org.freshview.internal.diagnostics.DeploymentProblems;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random route tables and values (seeded): reverse routing then matching gives back the route
 * and the values, unless a more specific route claims the URI, which a brute-force reference
 * (every route tried, the most specific kept) must then agree on.
 */
class RouterPropertyTest {

    enum Shade { DARK, LIGHT }

    private static final String[] LITERALS = {"a", "b", "users", "x y", "caf\u00e9", "1", "DARK"};
    private static final String ALPHABET = "ab1 /%;?#+.-_~\u00e9\u20ac\ud83d\ude00";

    record Generated(RouteSpec<Integer> spec, UriTemplate template, List<VariableConstraint> constraints) {
    }

    @Test
    void reverse_then_match_gives_back_the_route_and_its_values() {
        Random random = new Random(20261125L);
        int checked = 0;
        int themselves = 0;
        for (int table = 0; table < 300; table++) {
            List<Generated> routes = table(random, 1 + random.nextInt(25));
            Router.Builder<Integer> builder = Router.builder();
            routes.forEach(r -> builder.add(r.spec()));
            Router<Integer> router = builder.build();
            for (Generated route : routes) {
                for (int attempt = 0; attempt < 5; attempt++) {
                    Object[] values = values(random, route);
                    String uri = router.routeTable().uri(route.spec().name(), values);
                    RouteMatch<Integer> match = router.match("GET", uri);
                    Reference expected = reference(routes, uri);
                    String context = uri + " from " + route.spec().template() + " in table " + table;
                    if (expected == null && hasDotPart(uri)) {
                        assertEquals(null, match, context + ": a value with a dot segment reached a view");
                        continue;
                    }
                    assertTrue(expected != null && match != null, context);
                    assertEquals(expected.route().spec().target(), match.target(), context);
                    assertEquals(expected.values(), new LinkedHashMap<>(match.values()), context);
                    if (expected.route() == route) {
                        themselves++;
                        assertEquals(asStrings(route, values), new LinkedHashMap<>(match.values()), context);
                    }
                    checked++;
                }
            }
        }
        assertTrue(themselves > checked / 2, themselves + " of " + checked);
    }

    @Test
    void a_random_path_matches_what_the_reference_matches() {
        Random random = new Random(7L);
        for (int table = 0; table < 300; table++) {
            List<Generated> routes = table(random, 1 + random.nextInt(25));
            Router.Builder<Integer> builder = Router.builder();
            routes.forEach(r -> builder.add(r.spec()));
            Router<Integer> router = builder.build();
            for (int attempt = 0; attempt < 20; attempt++) {
                StringBuilder path = new StringBuilder();
                int segments = random.nextInt(4);
                for (int i = 0; i < segments; i++) {
                    path.append('/');
                    String segment = random.nextBoolean() ? LITERALS[random.nextInt(LITERALS.length)]
                            : random.nextBoolean() ? String.valueOf(random.nextInt(200) - 100) : word(random);
                    ReverseRoute.appendEncoded(path, segment);
                }
                String uri = path.length() == 0 ? "/" : path.toString();
                Reference expected = reference(routes, uri);
                RouteMatch<Integer> match = router.match("GET", uri);
                assertEquals(expected == null ? null : expected.route().spec().target(),
                        match == null ? null : match.target(), uri);
                if (!router.mayMatch("/app" + uri, 4)) {
                    assertEquals(null, match, uri + ": mayMatch said no");
                    assertEquals(null, router.match("POST", uri), uri + ": mayMatch said no");
                }
                if (expected != null) {
                    assertEquals(expected.values(), new LinkedHashMap<>(match.values()), uri);
                }
            }
        }
    }

    /** A random table without conflicts: a route that conflicts with earlier ones is dropped. */
    private static List<Generated> table(Random random, int size) {
        List<Generated> routes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Generated candidate = route(random, i);
            List<Generated> attempt = new ArrayList<>(routes);
            attempt.add(candidate);
            Router.Builder<Integer> builder = Router.builder();
            attempt.forEach(r -> builder.add(r.spec()));
            try {
                builder.build();
                routes.add(candidate);
            } catch (DeploymentProblems conflict) {
                assertEquals("FV-201", conflict.diagnostics().get(0).id());
            }
        }
        return routes;
    }

    private static Generated route(Random random, int index) {
        StringBuilder template = new StringBuilder();
        Map<String, Class<?>> types = new HashMap<>();
        int segments = random.nextInt(4);
        for (int i = 0; i < segments; i++) {
            String name = "v" + i;
            int kind = random.nextInt(9);
            boolean last = i == segments - 1;
            template.append('/');
            if (kind < 3) {
                template.append(LITERALS[random.nextInt(LITERALS.length)]);
            } else if (kind == 3) {
                template.append('{').append(name).append('}');
            } else if (kind == 4) {
                template.append('{').append(name).append('}');
                types.put(name, random.nextBoolean() ? int.class : long.class);
            } else if (kind == 5) {
                template.append('{').append(name).append('}');
                types.put(name, random.nextBoolean() ? UUID.class : Shade.class);
            } else if (kind == 6) {
                template.append('{').append(name).append(": [a-z1]{1,3}}");
            } else if (kind == 7 && last) {
                template.append('{').append(name).append(random.nextBoolean() ? ": .*}" : ": .+}");
            } else {
                template.append('{').append(name).append('}');
            }
        }
        String text = template.length() == 0 ? "/" : template.toString();
        RouteSpec<Integer> spec = new RouteSpec<>(text, "view" + index, ValueType.of(types), Set.of("GET"), index, "r" + index);
        UriTemplate parsed = UriTemplate.parse(text);
        List<VariableConstraint> constraints = new ArrayList<>();
        for (TemplateSegment segment : parsed.segments()) {
            if (segment instanceof TemplateSegment.Variable variable) {
                constraints.add(variable.catchAll() ? null : VariableConstraint.of(variable, types.get(variable.name())));
            }
        }
        return new Generated(spec, parsed, constraints);
    }

    private static Object[] values(Random random, Generated route) {
        List<Object> values = new ArrayList<>();
        int index = 0;
        for (TemplateSegment segment : route.template().segments()) {
            if (!(segment instanceof TemplateSegment.Variable variable)) {
                continue;
            }
            ValueType bound = route.spec().variableTypes().get(variable.name());
            String type = bound == null ? "" : bound.name();
            if (variable.catchAll()) {
                int parts = (variable.matchesEmpty() ? 0 : 1) + random.nextInt(3);
                List<String> words = new ArrayList<>();
                for (int p = 0; p < parts; p++) {
                    String part = word(random).replace("/", "");
                    words.add(part.isEmpty() || part.equals(".") || part.equals("..") ? "w" : part);
                }
                values.add(String.join("/", words));
            } else if (variable.regex() != null) {
                values.add("a1c".substring(random.nextInt(2), 2 + random.nextInt(2)));
            } else if (type.equals(int.class.getName())) {
                values.add(random.nextInt());
            } else if (type.equals(long.class.getName())) {
                values.add(random.nextLong());
            } else if (type.equals(UUID.class.getName())) {
                values.add(new UUID(random.nextLong(), random.nextLong()));
            } else if (type.equals(Shade.class.getName())) {
                values.add(Shade.values()[random.nextInt(2)]);
            } else {
                values.add(random.nextInt(4) == 0 ? LITERALS[random.nextInt(LITERALS.length)] : word(random));
            }
            index++;
        }
        assertEquals(route.constraints().size(), index);
        return values.toArray();
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        int length = 1 + random.nextInt(5);
        for (int i = 0; i < length; i++) {
            word.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0, random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
        }
        String text = word.toString();
        return text.equals(".") || text.equals("..") || text.replace("/", "").isEmpty() ? "w" + text.replace(".", "") : text;
    }

    private static Map<String, String> asStrings(Generated route, Object[] values) {
        Map<String, String> strings = new LinkedHashMap<>();
        List<String> names = route.template().variableNames();
        for (int i = 0; i < names.size(); i++) {
            strings.put(names.get(i), String.valueOf(values[i]));
        }
        return strings;
    }

    record Reference(Generated route, Map<String, String> values, List<List<Object>> rank) {
    }

    /** Whether a decoded segment of {@code uri}, split at '/' and '\', has a {@code .} or {@code ..} part. */
    private static boolean hasDotPart(String uri) {
        for (String raw : uri.substring(1).split("/", -1)) {
            for (String part : URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8).split("[/\\\\]", -1)) {
                if (part.equals(".") || part.equals("..")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Tries every route; keeps the one whose segments, compared left to right, are most specific.
     * A path with a dot segment, also inside a decoded segment, matches nothing.
     */
    private static Reference reference(List<Generated> routes, String uri) {
        if (hasDotPart(uri)) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        if (!uri.equals("/")) {
            for (String raw : uri.substring(1).split("/", -1)) {
                segments.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        Reference best = null;
        for (Generated route : routes) {
            Reference candidate = tryRoute(route, segments);
            if (candidate != null && (best == null || compare(candidate.rank(), best.rank()) < 0)) {
                best = candidate;
            }
        }
        return best;
    }

    private static Reference tryRoute(Generated route, List<String> segments) {
        List<TemplateSegment> template = route.template().segments();
        Map<String, String> values = new LinkedHashMap<>();
        List<List<Object>> rank = new ArrayList<>();
        int variable = 0;
        for (int i = 0; i < template.size(); i++) {
            TemplateSegment segment = template.get(i);
            if (segment instanceof TemplateSegment.Variable v && v.catchAll()) {
                String rest = i < segments.size() ? String.join("/", segments.subList(i, segments.size())) : "";
                if (rest.isEmpty() && !v.matchesEmpty()) {
                    return null;
                }
                values.put(v.name(), rest);
                rank.add(List.of(3, 0, ""));
                return new Reference(route, values, rank);
            }
            if (i >= segments.size()) {
                return null;
            }
            String text = segments.get(i);
            if (segment instanceof TemplateSegment.Literal literal) {
                if (!literal.text().equals(text)) {
                    return null;
                }
                rank.add(List.of(0, 0, ""));
            } else {
                TemplateSegment.Variable v = (TemplateSegment.Variable) segment;
                VariableConstraint constraint = route.constraints().get(variable);
                if (text.isEmpty() || constraint != null && !constraint.test(text, 0, text.length())) {
                    return null;
                }
                values.put(v.name(), text);
                rank.add(constraint == null ? List.of(2, 0, "") : List.of(1, constraint.rank(), constraint.key()));
            }
            if (!(segment instanceof TemplateSegment.Literal)) {
                variable++;
            }
        }
        return template.size() == segments.size() ? new Reference(route, values, rank) : null;
    }

    @SuppressWarnings("unchecked")
    private static int compare(List<List<Object>> a, List<List<Object>> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            for (int k = 0; k < 3; k++) {
                int c = ((Comparable<Object>) a.get(i).get(k)).compareTo(b.get(i).get(k));
                if (c != 0) {
                    return c;
                }
            }
        }
        return Integer.compare(a.size(), b.size()); // a template that ends here beats a catch-all
    }
}
