package org.freshview.internal.routing;

import org.freshview.Routes;
import org.freshview.internal.diagnostics.DeploymentProblems;
import org.freshview.internal.diagnostics.Diagnostic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps request paths to targets. Immutable once built; safe for concurrent use.
 *
 * <pre>{@code
 * Router<String> router = Router.<String>builder()
 *         .add(new RouteSpec<>("/forms/{key}", "FormView", Map.of(), Set.of("GET"), "form"))
 *         .build();
 * router.match("GET", "/forms/tax%20return").value("key"); // "tax return"
 * }</pre>
 *
 * <p>Templates without variables live in a hash map probed with the raw path (no allocation);
 * the others in a tree with one level per segment, walked depth first: literal child, then
 * constrained variables, then the unconstrained variable, then the catch-all, backtracking on
 * a dead end. So the most specific template that handles the request's method wins, whatever
 * the order routes were added in, and the cost grows with the depth of the path, not with the
 * number of routes.
 *
 * @param <T> what a matched path leads to
 */
public final class Router<T> {

    private final LiteralPaths<T> literalPaths;
    private final Node<T> root;
    private final RouteTable table;
    private final List<RouteTableText.Row> rows;

    private Router(LiteralPaths<T> literalPaths, Node<T> root, RouteTable table, List<RouteTableText.Row> rows) {
        this.literalPaths = literalPaths;
        this.root = root;
        this.table = table;
        this.rows = rows;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * Matches a raw (still percent-encoded) path relative to the application, for example
     * {@code /forms/tax%20return/2}. {@code ;} parameters are ignored; a path with a
     * {@code .} or {@code ..} segment, also one inside a decoded segment split at '/' and
     * '\', matches nothing.
     *
     * <p>Two passes, each over one form of the path. The raw pass walks the path as it is:
     * literal segments only match plain text, and variable values are accepted raw only
     * without '%', ';' or dot segments, so whatever it finds is what the decoded pass would
     * find. Only if it finds nothing, and the path is not plain, is it cut into decoded
     * segments for the decoded pass. Each pass walks for {@code method} first, then for any
     * method, so a path some route has for another method is a 405, not a 404.
     *
     * @return the match (with a {@code null} target when the path matches but no route
     *         handles {@code method}), or {@code null} when no template matches the path
     * @throws MalformedPathException if a template's literal prefix matched and the next
     *         segment has a broken or non-UTF-8 escape, or a variable would take a control
     *         character its regex does not name
     */
    public RouteMatch<T> match(String method, String rawPath) {
        Leaf<T> literal = literalPaths.get(rawPath);
        if (literal != null) {
            Leaf.Entry<T> entry = literal.entry(method);
            if (entry != null) {
                return entry.staticMatch;
            }
        }
        int start = firstSegment(rawPath);
        RouteMatch<T> found = walkRaw(root, rawPath, start, method, 0);
        if (found == null) {
            found = walkRaw(root, rawPath, start, null, 0);
        }
        if (found != null || PathDecoder.isPlain(rawPath)) {
            return found;
        }
        String[] segments = PathDecoder.segments(rawPath);
        if (segments == null) {
            return null;
        }
        found = walkDecoded(root, segments, 0, method, 0);
        return found != null ? found : walkDecoded(root, segments, 0, null, 0);
    }

    /**
     * Whether a path could match some template, decided from its first segment alone and without
     * allocating: {@code false} only when that segment is plain text that no template starts with
     * and no template starts with a variable. {@link #match} of such a path returns {@code null};
     * a caller asks this first to skip cutting the path out of the request URI for requests that
     * are not a view's (static files, other servlets).
     *
     * @param uri  text holding the raw path
     * @param from where the path starts in {@code uri}
     */
    public boolean mayMatch(String uri, int from) {
        Node<T> node = root;
        if (node.leaf != null || node.variable != null || node.constrained.length > 0 || node.tail != null) {
            return true;
        }
        if (node.literals == null) {
            return false;
        }
        int length = uri.length();
        if (from >= length || uri.charAt(from) != '/') {
            return true;
        }
        int hash = 0;
        int end = from + 1;
        for (; end < length; end++) {
            char c = uri.charAt(end);
            if (c == '/') {
                break;
            }
            if (c == '%' || c == ';' || c == '\\' || PathDecoder.isControl(c)) {
                return true; // the decoding walk decides
            }
            hash = 31 * hash + c;
        }
        return end == from + 1 || node.literals.get(uri, from + 1, end, hash) != null;
    }

    /**
     * Whether some template matches {@code path} for some method, where {@code path} is a path
     * relative to the application as a container maps it (already decoded). Only plain text is
     * claimed: a path with '%', ';', '\' or a dot segment is read differently decoded and raw, so
     * for it the answer is {@code false}, as it is where a broken or control character would make
     * {@link #match} throw. Allocates only for a template with variables that matches.
     */
    public boolean claims(String path) {
        if (!PathDecoder.isPlain(path) || !mayMatch(path, 0)) {
            return false;
        }
        if (literalPaths.get(path) != null) {
            return true;
        }
        try {
            return walkRaw(root, path, firstSegment(path), null, 0) != null;
        } catch (MalformedPathException | UnmatchablePathException e) {
            return false; // not claimed here: the dispatch filter answers the request with its 400
        }
    }

    /** Where the first segment of a raw path starts: past the end for "" and "/", which have none. */
    private static int firstSegment(String rawPath) {
        return rawPath.length() <= 1 ? rawPath.length() + 1 : 1;
    }

    /** The route table of these routes (reverse routing and its text): the application's {@link Routes}. */
    public Routes routeTable() {
        return table;
    }

    /**
     * The lines of {@link #routeTable()}'s text, in matching order, for a caller that renders it
     * with more columns ({@link RouteTableText#render(List, List, java.util.function.Function)}).
     */
    public List<RouteTableText.Row> routeTableRows() {
        return rows;
    }

    /** The route table, one line per method and template. */
    @Override
    public String toString() {
        return table.table();
    }

    /**
     * The raw pass: depth-first search from {@code node} for the segment of {@code raw} that
     * starts at char index {@code position}, without allocating until a route is found. A segment
     * with '%', ';', '\' or a control character, or a dot segment, matches no variable here (the
     * decoded pass reads it); a catch-all takes the rest only if all of it is plain. A {@code null}
     * method accepts any route (to tell a 405 from a 404).
     */
    private static <T> RouteMatch<T> walkRaw(Node<T> node, String raw, int position, String method, int depth) {
        if (position > raw.length()) {
            return arriveAtEnd(node, method, depth);
        }
        // one pass finds the segment's end, its String hash and whether it is plain text
        int length = raw.length();
        int end = position;
        int hash = 0;
        boolean escaped = false;
        for (; end < length; end++) {
            char c = raw.charAt(end);
            if (c == '/') {
                break;
            }
            hash = 31 * hash + c;
            escaped |= c == '%' || c == ';' || c == '\\' || PathDecoder.isControl(c);
        }
        int next = end + 1;
        if (node.literals != null) {
            Node<T> child = node.literals.get(raw, position, end, hash);
            if (child != null) {
                RouteMatch<T> found = walkRaw(child, raw, next, method, depth);
                if (found != null) {
                    return found;
                }
            }
        }
        if (end > position && !escaped && !PathDecoder.isDotSegment(raw, position, end)) {
            for (Node<T> child : node.constrained) {
                if (child.constraint.test(raw, position, end)) {
                    RouteMatch<T> found = walkRaw(child, raw, next, method, depth + 1);
                    if (found != null) {
                        set(found, depth, raw.substring(position, end));
                        return found;
                    }
                }
            }
            if (node.variable != null) {
                RouteMatch<T> found = walkRaw(node.variable, raw, next, method, depth + 1);
                if (found != null) {
                    set(found, depth, raw.substring(position, end));
                    return found;
                }
            }
        }
        if (node.tail != null && PathDecoder.isPlainRest(raw, position)) {
            RouteMatch<T> found = arrive(node.tail.leaf, method, depth + 1, position == length);
            if (found != null) {
                set(found, depth, raw.substring(position));
                return found;
            }
        }
        return null;
    }

    /**
     * The decoded pass: depth-first search from {@code node} for {@code segments[position]},
     * in the same order as {@link #walkRaw}. A {@code null} segment (a broken escape) is a 400
     * where a template's literal prefix led to it, else not this router's; a control character
     * is a 400 where a variable would take it and its regex does not name it.
     */
    private static <T> RouteMatch<T> walkDecoded(Node<T> node, String[] segments, int position, String method,
                                              int depth) {
        if (position >= segments.length) {
            return arriveAtEnd(node, method, depth);
        }
        String text = segments[position];
        if (text == null) {
            if (node.hasChildren()) {
                throw new MalformedPathException();
            }
            return null;
        }
        int next = position + 1;
        if (node.literals != null) {
            Node<T> child = node.literals.get(text);
            if (child != null) {
                RouteMatch<T> found = walkDecoded(child, segments, next, method, depth);
                if (found != null) {
                    return found;
                }
            }
        }
        if (!text.isEmpty()) {
            boolean control = PathDecoder.hasControl(text);
            for (Node<T> child : node.constrained) {
                if (child.constraint.test(text, 0, text.length())) {
                    if (control && !child.constraint.allowsControl()) {
                        throw MalformedPathException.controlCharacter();
                    }
                    RouteMatch<T> found = walkDecoded(child, segments, next, method, depth + 1);
                    if (found != null) {
                        set(found, depth, text);
                        return found;
                    }
                }
            }
            if (node.variable != null) {
                if (control) {
                    throw MalformedPathException.controlCharacter();
                }
                RouteMatch<T> found = walkDecoded(node.variable, segments, next, method, depth + 1);
                if (found != null) {
                    set(found, depth, text);
                    return found;
                }
            }
        }
        if (node.tail != null) {
            boolean empty = segments.length - position == 1 && text.isEmpty();
            RouteMatch<T> found = arrive(node.tail.leaf, method, depth + 1, empty);
            if (found != null) {
                set(found, depth, rest(segments, position));
                return found;
            }
        }
        return null;
    }

    /**
     * At the end of the path: the route at {@code node}, else an empty catch-all below it.
     * Both passes end here.
     */
    private static <T> RouteMatch<T> arriveAtEnd(Node<T> node, String method, int depth) {
        RouteMatch<T> found = arrive(node.leaf, method, depth, false);
        if (found == null && node.tail != null) {
            found = arrive(node.tail.leaf, method, depth + 1, true);
            if (found != null) {
                set(found, depth, "");
            }
        }
        return found;
    }

    /**
     * The decoded segments from {@code position} on, joined with '/', for a catch-all.
     *
     * @throws MalformedPathException if one has a broken escape or a control character
     */
    private static String rest(String[] segments, int position) {
        for (int i = position; i < segments.length; i++) {
            if (segments[i] == null) {
                throw new MalformedPathException();
            }
        }
        String rest = String.join("/", Arrays.asList(segments).subList(position, segments.length));
        if (PathDecoder.hasControl(rest)) {
            throw MalformedPathException.controlCharacter();
        }
        return rest;
    }

    /**
     * The match at {@code leaf} for {@code method}, or {@code null}. For any method ({@code null})
     * it is the leaf's shared 405 match, whose values are not needed.
     */
    private static <T> RouteMatch<T> arrive(Leaf<T> leaf, String method, int count, boolean emptyTail) {
        if (leaf == null) {
            return null;
        }
        if (method == null) {
            return leaf.acceptsAny(emptyTail) ? leaf.notAllowed : null;
        }
        Leaf.Entry<T> entry = leaf.entry(method);
        if (entry == null || emptyTail && !entry.tailMayBeEmpty) {
            return null;
        }
        return count == 0 ? entry.staticMatch
                : new RouteMatch<>(entry.target, leaf.allowed, new PathValues(entry.names, count));
    }

    /** Records a variable's value in the match while the walk unwinds; a 405 match keeps none. */
    private static void set(RouteMatch<?> match, int index, String value) {
        if (match.values() instanceof PathValues values) {
            values.set(index, value);
        }
    }

    /** Collects routes; {@link #build()} reports every problem at once. */
    public static final class Builder<T> {

        private final List<RouteSpec<T>> specs = new ArrayList<>();
        private final Set<Diagnostic> warnings = new LinkedHashSet<>();

        private Builder() {
        }

        /** What {@link #build()} found that works but should be changed (FV-209), each once. */
        public List<Diagnostic> warnings() {
            return List.copyOf(warnings);
        }

        public Builder<T> add(RouteSpec<T> spec) {
            specs.add(spec);
            return this;
        }

        /**
         * Checks and compiles the routes: each template is parsed, placed in the tree, its
         * methods registered at its leaf, indexed by path if it has no variable, and added to
         * reverse routing; then the tree is frozen.
         *
         * @throws DeploymentProblems listing every invalid template (FV-202 to FV-207), every pair
         *                            of routes that match the same requests for the same method
         *                            (FV-201) and every route name used by two views (FV-208)
         */
        public Router<T> build() {
            List<Diagnostic> problems = new ArrayList<>();
            Node<T> root = new Node<>(null);
            Map<String, Leaf<T>> literalPaths = new HashMap<>();
            RouteTable.Builder reverse = new RouteTable.Builder();
            for (RouteSpec<T> spec : specs) {
                UriTemplate template = UriTemplate.parse(spec.template(), spec.owner(), problems);
                if (template == null) {
                    continue;
                }
                Placed<T> placed = place(root, template, spec);
                register(placed, template, spec, problems);
                if (template.isLiteral()) {
                    literalPaths.put(spec.template(), placed.leaf());
                }
                reverse.add(spec.owner(), spec.name(), template, placed.constraints(), problems);
            }
            if (!problems.isEmpty()) {
                throw new DeploymentProblems(problems);
            }
            List<Leaf<T>> leaves = new ArrayList<>();
            root.collect(leaves);
            root.freeze();
            List<RouteTableText.Row> rows = RouteTableText.rows(leaves);
            return new Router<>(new LiteralPaths<>(literalPaths), root, reverse.build(RouteTableText.render(rows)), rows);
        }

        /** Where a template ends in the tree, and the constraints of its variables in template order. */
        private record Placed<T>(Leaf<T> leaf, List<VariableConstraint> constraints, boolean tailMayBeEmpty) {
        }

        /**
         * Walks (and grows) the tree from {@code root} one node per segment of {@code template},
         * warning about a regex that repeats a branching group (FV-209).
         */
        private Placed<T> place(Node<T> root, UriTemplate template, RouteSpec<T> spec) {
            List<VariableConstraint> constraints = new ArrayList<>();
            Node<T> node = root;
            boolean tailMayBeEmpty = false;
            for (TemplateSegment segment : template.segments()) {
                if (segment instanceof TemplateSegment.Literal literal) {
                    node = node.literal(literal.text());
                } else {
                    TemplateSegment.Variable variable = (TemplateSegment.Variable) segment;
                    if (variable.regex() != null && !variable.catchAll()
                            && RegexShape.repeatsBranchingGroup(variable.regex())) {
                        warnings.add(RoutingMessages.recursiveRegex(spec.owner(), spec.template(),
                                variable.name(), variable.regex()));
                    }
                    VariableConstraint constraint = variable.catchAll()
                            ? null : VariableConstraint.of(variable, spec.variableTypes().get(variable.name()));
                    constraints.add(constraint);
                    node = variable.catchAll() ? node.tail() : node.variable(constraint);
                    tailMayBeEmpty = variable.matchesEmpty();
                }
            }
            return new Placed<>(node.leaf(), constraints, tailMayBeEmpty);
        }

        /** Adds one entry per method of {@code spec} at its leaf; a method already there is a conflict (FV-201). */
        private void register(Placed<T> placed, UriTemplate template, RouteSpec<T> spec, List<Diagnostic> problems) {
            Leaf<T> leaf = placed.leaf();
            String[] names = template.variableNames().toArray(PathValues.NONE);
            for (String method : new TreeSet<>(spec.methods())) {
                Leaf.Entry<T> existing = leaf.byMethod.get(method);
                if (existing != null) {
                    problems.add(RoutingMessages.conflict(spec.owner(), method, spec.template(),
                            existing.owner, existing.template));
                } else {
                    leaf.byMethod.put(method, new Leaf.Entry<>(spec.target(), spec.owner(), spec.template(),
                            names, placed.tailMayBeEmpty()));
                }
            }
        }
    }
}
