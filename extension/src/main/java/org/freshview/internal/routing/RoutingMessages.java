package org.freshview.internal.routing;

import org.freshview.internal.diagnostics.Diagnostic;

/** The routing catalog: every FV-2xx deployment problem and its wording, in one place. */
final class RoutingMessages {

    private RoutingMessages() {
    }

    static Diagnostic conflict(String owner, String method, String template, String otherOwner, String otherTemplate) {
        return new Diagnostic("FV-201", owner,
                method + " " + template + " matches the same requests as " + method + " " + otherTemplate
                        + " of " + otherOwner + ".",
                "Change one of the two templates, or constrain a variable by its type or a regex.");
    }

    static Diagnostic noLeadingSlash(String owner, String template) {
        return new Diagnostic("FV-202", owner,
                "The template \"" + template + "\" does not start with '/'.",
                "Write it relative to the web application, starting with '/', for example \"/"
                        + stripLeading(template) + "\".");
    }

    static Diagnostic invalidRegex(String owner, String template, String variable, String regex, String reason) {
        return new Diagnostic("FV-203", owner,
                "The regex \"" + regex + "\" of variable {" + variable + "} in \"" + template
                        + "\" is not a valid java.util.regex pattern: " + reason + ".",
                "Fix the regex, or drop it to match any one segment.");
    }

    static Diagnostic duplicateVariable(String owner, String template, String variable) {
        return new Diagnostic("FV-204", owner,
                "The template \"" + template + "\" declares the variable {" + variable + "} twice.",
                "Give each variable of a template its own name.");
    }

    static Diagnostic badVariable(String owner, String template, String segment) {
        return badSegment(owner,
                "The segment \"" + segment + "\" of \"" + template
                        + "\" is not a literal nor one whole variable {name} or {name: regex}.",
                "Put each variable in a segment of its own; a name starts with a letter, digit or '_'"
                        + " and goes on with letters, digits, '_', '.' or '-'.");
    }

    static Diagnostic badLiteral(String owner, String template, String segment) {
        return badSegment(owner,
                "The segment \"" + segment + "\" of \"" + template + "\" contains one of ; ? # % { }.",
                "Write the template decoded and without query, fragment or ';' parameters.");
    }

    /** A segment that is neither a literal nor one whole variable: two wordings, one id. */
    private static Diagnostic badSegment(String owner, String problem, String fix) {
        return new Diagnostic("FV-205", owner, problem, fix);
    }

    static Diagnostic catchAllNotLast(String owner, String template, String variable) {
        return new Diagnostic("FV-206", owner,
                "The catch-all variable {" + variable + "} in \"" + template + "\" is not the last segment.",
                "Move it to the end of the template, or give it a regex that stays within one segment.");
    }

    static Diagnostic emptyOrDotSegment(String owner, String template) {
        return new Diagnostic("FV-207", owner,
                "The template \"" + template + "\" has an empty, '.' or '..' segment or ends with '/'.",
                "Remove the extra '/' and the dot segments; a request for the path with a trailing '/'"
                        + " is handled by the trailing-slash policy.");
    }

    static Diagnostic duplicateName(String owner, String name, String otherOwner) {
        return new Diagnostic("FV-208", owner,
                "The route name \"" + name + "\" is also used by " + otherOwner + ".",
                "Give each view its own name() for reverse routing.");
    }

    static Diagnostic recursiveRegex(String owner, String template, String variable, String regex) {
        return new Diagnostic("FV-209", owner,
                "The regex \"" + regex + "\" of variable {" + variable + "} in \"" + template
                        + "\" repeats a group that has an alternative or a quantifier inside: java.util.regex"
                        + " recurses on each repetition, so a segment of a few thousand characters overflows"
                        + " the stack (Freshview answers 400) and a quantifier inside can backtrack for"
                        + " exponential time.",
                "Use a character class, for example [\\w-]+ for (\\w|-)+, or a possessive repetition such as"
                        + " (\\w|-)++; this is only a warning.");
    }

    private static String stripLeading(String template) {
        return template == null ? "" : template.strip();
    }
}
