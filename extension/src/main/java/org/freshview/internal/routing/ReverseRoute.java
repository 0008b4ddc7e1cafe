package org.freshview.internal.routing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One template of one view, ready to be expanded into a URI. A URI it builds stays in the
 * application: it starts with one {@code /} and never with {@code //} or {@code /\}.
 */
record ReverseRoute(String owner, String name, UriTemplate template, List<VariableConstraint> constraints) {

    List<String> variableNames() {
        return template.variableNames();
    }

    /** Expands with values in template order; the caller checked the count. */
    String expand(Object[] values) {
        StringBuilder uri = new StringBuilder();
        int next = 0;
        for (TemplateSegment segment : template.segments()) {
            if (segment instanceof TemplateSegment.Literal literal) {
                uri.append('/');
                appendEncoded(uri, literal.text());
            } else {
                append(uri, (TemplateSegment.Variable) segment, next, values[next]);
                next++;
            }
        }
        return uri.length() == 0 ? "/" : uri.toString();
    }

    /** Expands with values by name. */
    String expand(Map<String, ?> values) {
        for (String given : values.keySet()) {
            if (!variableNames().contains(given)) {
                throw new IllegalArgumentException("The template \"" + template + "\" of " + owner
                        + " has no variable {" + given + "}; its variables are " + braced(variableNames()) + ".");
            }
        }
        Object[] ordered = new Object[variableNames().size()];
        for (int i = 0; i < ordered.length; i++) {
            String name = variableNames().get(i);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("The template \"" + template + "\" of " + owner
                        + " needs a value for {" + name + "}.");
            }
            ordered[i] = values.get(name);
        }
        return expand(ordered);
    }

    private void append(StringBuilder uri, TemplateSegment.Variable variable, int index, Object value) {
        if (value == null) {
            throw invalid(variable, "null", "is null");
        }
        String text = value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
        if (variable.catchAll()) {
            if (text.isEmpty() && variable.matchesEmpty()) {
                return; // "/files/{path: .*}" with "" is "/files"
            }
            if (text.isEmpty()) {
                throw invalid(variable, text, "is empty");
            }
            if (uri.length() == 0 && text.startsWith("/")) {
                // "/{path: .*}" with "/evil.example" would be "//evil.example": another host to a browser.
                throw invalid(variable, text, "starts with '/', so the URI would start with '//',"
                        + " which a browser reads as the address of another host");
            }
            for (String part : text.split("/", -1)) {
                if (part.equals(".") || part.equals("..")) {
                    throw invalid(variable, text, "has a '.' or '..' segment, which never reaches a view");
                }
                uri.append('/');
                appendEncoded(uri, part);
            }
            return;
        }
        if (text.isEmpty() || text.equals(".") || text.equals("..")) {
            throw invalid(variable, text, "cannot be a path segment");
        }
        VariableConstraint constraint = constraints.get(index);
        if (constraint != null && !constraint.test(text, 0, text.length())) {
            throw invalid(variable, text, "is not " + constraint.describe());
        }
        uri.append('/');
        appendEncoded(uri, text);
    }

    private IllegalArgumentException invalid(TemplateSegment.Variable variable, String value, String problem) {
        return new IllegalArgumentException("The value \"" + value + "\" of {" + variable.name() + "} in the template \""
                + template + "\" of " + owner + " " + problem + ".");
    }

    static String braced(List<String> names) {
        List<String> braced = new ArrayList<>();
        for (String name : names) {
            braced.add("{" + name + "}");
        }
        return braced.isEmpty() ? "none" : String.join(", ", braced);
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters and the sub-delimiters other than ';'. */
    static void appendEncoded(StringBuilder out, String text) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,=:@".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
    }
}
