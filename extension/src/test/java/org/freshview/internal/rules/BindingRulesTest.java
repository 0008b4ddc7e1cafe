package org.freshview.internal.rules;

import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.binding.Converters;
import org.freshview.internal.routing.RouteSpec;
import org.freshview.internal.binding.ValueType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The binding rules run on a model written by hand, as the annotation processor fills it: no class is loaded. */
class BindingRulesTest {

    private final List<String> reported = new ArrayList<>();
    private final Findings findings = new Findings() {
        @Override
        public void problem(Diagnostic diagnostic, Object origin) {
            reported.add("problem at " + origin + ": " + diagnostic.id() + " " + diagnostic.where());
        }

        @Override
        public void warning(Diagnostic diagnostic, Object origin) {
            reported.add("warning at " + origin + ": " + diagnostic.id() + " " + diagnostic.where());
        }
    };

    private static ViewModel.Parameter path(int position, String name, ValueType type) {
        return new ViewModel.Parameter(position, "parameter " + name, new ViewModel.Binding(
                List.of(new ViewModel.Source(SourceKind.PATH, name)), null, new TypeFacts(type.name(), type.name(), type)));
    }

    private static ViewModel view(List<String> templates, ViewModel.Parameter... parameters) {
        ViewModel.Method show = new ViewModel.Method("show", "com.example.FormView", "method show", List.of("GET"),
                "java.lang.String", false, false, List.of(parameters));
        return new ViewModel("com.example.FormView", "class", templates, "form", List.of(), List.of(show));
    }

    @Test
    void each_finding_comes_back_with_the_origin_of_its_element() {
        ValueType string = ValueType.of(String.class);
        BindingRules.ViewBindings bindings = BindingRules.check(view(List.of("/forms/{key}"), path(0, "nope", string)),
                Converters::withoutLoading, findings);
        assertFalse(bindings.valid());
        assertEquals(List.of("problem at parameter nope: FV-303 com.example.FormView#show(parameter 1)"), reported);
    }

    @Test
    void a_valid_view_gives_routes_per_template_with_the_types_of_its_variables_and_head_for_get() {
        ValueType color = new ValueType("com.example.Color", "Color", false, false, false, false, List.of("RED"),
                false, true, false);
        BindingRules.ViewBindings bindings = BindingRules.check(
                view(List.of("/forms/{key}", "/forms/{key}/{color}"), path(0, "color", color)),
                Converters::withoutLoading, findings);
        assertTrue(bindings.valid());
        assertEquals(List.of("warning at class: FV-304 com.example.FormView"), reported);
        List<RouteSpec<String>> routes = bindings.routes((httpMethod, method) -> method.name());
        assertEquals(2, routes.size());
        assertEquals(Map.of(), routes.get(0).variableTypes());
        assertEquals(Map.of("color", color), routes.get(1).variableTypes());
        assertEquals(Set.of("GET", "HEAD"), routes.get(1).methods());
        assertEquals("form", routes.get(1).name());
    }
}
