package org.freshview.internal.routing;

import org.freshview.internal.binding.ValueType;
import org.freshview.internal.diagnostics.Diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reverse routing for one template, without a router: what {@link org.freshview.LinkTemplate} runs. */
public final class TemplateExpander {

    private TemplateExpander() {
    }

    /**
     * Expands one template of {@code owner} without a router: values in template order, checked
     * against the template's regexes (their Java types are checked by the caller's compiler).
     * Used by {@link org.freshview.LinkTemplate}, which generated link classes call.
     *
     * @throws IllegalArgumentException if the template is invalid
     */
    public static Function<Object[], String> of(String owner, String template) {
        List<Diagnostic> problems = new ArrayList<>();
        UriTemplate parsed = UriTemplate.parse(template, owner, problems);
        if (parsed == null) {
            throw new IllegalArgumentException(problems.get(0).toString());
        }
        List<VariableConstraint> constraints = new ArrayList<>();
        for (TemplateSegment segment : parsed.segments()) {
            if (segment instanceof TemplateSegment.Variable variable) {
                constraints.add(variable.catchAll() ? null : VariableConstraint.of(variable, (ValueType) null));
            }
        }
        ReverseRoute route = new ReverseRoute(owner, "", parsed, constraints);
        int count = parsed.variableNames().size();
        return values -> {
            if (values.length != count) {
                throw new IllegalArgumentException("The template \"" + template + "\" of " + owner + " needs "
                        + count + " value(s) for " + ReverseRoute.braced(parsed.variableNames()) + "; got " + values.length + ".");
            }
            return route.expand(values);
        };
    }

}
