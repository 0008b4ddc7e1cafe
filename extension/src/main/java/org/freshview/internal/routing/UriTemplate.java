package org.freshview.internal.routing;

import org.freshview.internal.diagnostics.DeploymentProblems;
import org.freshview.internal.diagnostics.Diagnostic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A parsed URL template such as {@code /forms/{key}/{page: \d+}} or {@code /files/{path: .*}}.
 *
 * <pre>{@code
 * UriTemplate template = UriTemplate.parse("/forms/{key}/{page}");
 * template.variableNames(); // [key, page]
 * }</pre>
 *
 * <p>Syntax: segments separated by {@code /}; a segment is literal text (written decoded) or one
 * whole variable {@code {name}} or {@code {name: regex}}. A variable matches one non-empty
 * segment; a last segment {@code {name: .*}} or {@code {name: .+}} is a catch-all that takes
 * the rest of the path, slashes included.
 */
public final class UriTemplate {

    private static final Pattern NAME = Pattern.compile("[\\w][\\w.-]*");

    private final String template;
    private final List<TemplateSegment> segments;
    private final List<String> variableNames;

    private UriTemplate(String template, List<TemplateSegment> segments) {
        this.template = template;
        this.segments = List.copyOf(segments);
        List<String> names = new ArrayList<>();
        for (TemplateSegment segment : segments) {
            if (segment instanceof TemplateSegment.Variable variable) {
                names.add(variable.name());
            }
        }
        this.variableNames = List.copyOf(names);
    }

    /**
     * Parses a template.
     *
     * @throws DeploymentProblems listing every problem of the template (FV-202 to FV-207)
     */
    public static UriTemplate parse(String template) {
        return parse(template, template);
    }

    /**
     * Parses a template declared by {@code owner} (named in the diagnostics).
     *
     * @throws DeploymentProblems listing every problem of the template (FV-202 to FV-207)
     */
    public static UriTemplate parse(String template, String owner) {
        List<Diagnostic> problems = new ArrayList<>();
        UriTemplate parsed = parse(template, owner, problems);
        if (parsed == null) {
            throw new DeploymentProblems(problems);
        }
        return parsed;
    }

    /** Parses a template, adding its problems to {@code problems}; {@code null} if it has any. */
    static UriTemplate parse(String template, String owner, List<Diagnostic> problems) {
        if (template == null || !template.startsWith("/")) {
            problems.add(RoutingMessages.noLeadingSlash(owner, template));
            return null;
        }
        if (template.equals("/")) {
            return new UriTemplate(template, List.of());
        }
        int before = problems.size();
        List<String> parts = split(template);
        if (parts == null) {
            problems.add(RoutingMessages.badVariable(owner, template, template.substring(1)));
            return null;
        }
        List<TemplateSegment> segments = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean emptyOrDot = false;
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                emptyOrDot = true;
            } else if (part.startsWith("{") && part.endsWith("}")) {
                TemplateSegment.Variable variable = variable(template, owner, part, i == parts.size() - 1, problems);
                if (variable != null) {
                    if (!names.add(variable.name())) {
                        problems.add(RoutingMessages.duplicateVariable(owner, template, variable.name()));
                    }
                    segments.add(variable);
                }
            } else if (part.indexOf('{') >= 0 || part.indexOf('}') >= 0) {
                problems.add(RoutingMessages.badVariable(owner, template, part));
            } else if (containsAny(part, ";?#%")) {
                problems.add(RoutingMessages.badLiteral(owner, template, part));
            } else {
                segments.add(new TemplateSegment.Literal(part));
            }
        }
        if (emptyOrDot) {
            problems.add(RoutingMessages.emptyOrDotSegment(owner, template));
        }
        return problems.size() == before ? new UriTemplate(template, segments) : null;
    }

    private static TemplateSegment.Variable variable(String template, String owner, String part, boolean last,
                                                     List<Diagnostic> problems) {
        String body = part.substring(1, part.length() - 1);
        int colon = body.indexOf(':');
        String name = (colon < 0 ? body : body.substring(0, colon)).strip();
        if (!NAME.matcher(name).matches()) {
            problems.add(RoutingMessages.badVariable(owner, template, part));
            return null;
        }
        if (colon < 0) {
            return new TemplateSegment.Variable(name, null, null, false);
        }
        String regex = body.substring(colon + 1).strip();
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            problems.add(RoutingMessages.invalidRegex(owner, template, name, regex, e.getDescription()));
            return null;
        }
        boolean catchAll = regex.equals(".*") || regex.equals(".+");
        if (catchAll && !last) {
            problems.add(RoutingMessages.catchAllNotLast(owner, template, name));
            return null;
        }
        return new TemplateSegment.Variable(name, regex, pattern, catchAll);
    }

    /** Splits after the leading '/' at slashes outside braces; {@code null} if braces do not balance. */
    private static List<String> split(String template) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 1;
        for (int i = 1; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (--depth < 0) {
                    return null;
                }
            } else if (c == '/' && depth == 0) {
                parts.add(template.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0) {
            return null;
        }
        parts.add(template.substring(start));
        return parts;
    }

    private static boolean containsAny(String text, String characters) {
        for (int i = 0; i < characters.length(); i++) {
            if (text.indexOf(characters.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The variable names, in template order. */
    public List<String> variableNames() {
        return variableNames;
    }

    /** The template as written. */
    public String template() {
        return template;
    }

    /** Whether the template has no variable. */
    public boolean isLiteral() {
        return variableNames.isEmpty();
    }

    List<TemplateSegment> segments() {
        return segments;
    }

    @Override
    public String toString() {
        return template;
    }
}
