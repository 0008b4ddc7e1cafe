package org.freshview.internal.rules;

import org.freshview.internal.diagnostics.Diagnostic;

import java.util.Collection;
import java.util.stream.Collectors;

/** The FV-3xx catalog: what can be wrong with a view's handlers and bindings, and how to fix it. */
public final class BindingMessages {

    private BindingMessages() {
    }

    public static Diagnostic noHandler(String view) {
        return new Diagnostic("FV-301", view, "The view has no handler method.",
                "Annotate a method with @GET, @POST, @PUT, @PATCH or @DELETE (jakarta.ws.rs).");
    }

    public static Diagnostic twoHandlers(String view, String httpMethod, Collection<String> methods) {
        return new Diagnostic("FV-302", view,
                "More than one method handles " + httpMethod + ": " + String.join(", ", methods) + ".",
                "Keep one @" + httpMethod + " method per view, or move the other to a view of its own.");
    }

    public static Diagnostic pathParamNotInTemplate(String where, String name, String template,
                                             Collection<String> variables) {
        String known = variables.isEmpty() ? "it has no variables"
                : "its variables are " + variables.stream().map(v -> "{" + v + "}").collect(Collectors.joining(", "));
        return new Diagnostic("FV-303", where,
                "@PathParam(\"" + name + "\") names no variable of the template " + template + " (" + known + ").",
                "Use one of the template's variable names, or add {" + name + "} to the template.");
    }

    public static Diagnostic unboundVariable(String view, String variable, String template) {
        return new Diagnostic("FV-304", view,
                "The template variable {" + variable + "} of " + template + " is bound by no field or parameter.",
                "Bind it with @PathParam(\"" + variable + "\") if the view needs it; this is only a warning.");
    }

    public static Diagnostic noConverter(String where, String type) {
        return new Diagnostic("FV-305", where, "Freshview cannot convert text to " + type + ".",
                "Use a primitive, a wrapper, String, UUID, BigDecimal, BigInteger, a java.time date or time,"
                        + " an enum, List<T> or Optional<T> of those, or a type with a public static"
                        + " valueOf(String) or fromString(String), or a public constructor taking a String.");
    }

    public static Diagnostic unsupportedReturnType(String where, String type) {
        return new Diagnostic("FV-306", where, "A handler cannot return " + type + ".",
                "Return org.freshview.Result, String (sent as text/plain) or void (the handler writes the"
                        + " response itself).");
    }

    public static Diagnostic unboundParameter(String where, String type) {
        return new Diagnostic("FV-307", where,
                "The parameter of type " + type + " has no binding annotation and is not an injectable type.",
                "Annotate it with @PathParam, @QueryParam, @FormParam, @HeaderParam or @CookieParam, or use"
                        + " one of " + InjectableType.simpleNames() + ";"
                        + " a form object takes @BeanParam.");
    }

    public static Diagnostic badDefaultValue(String where, String value, String expected) {
        return new Diagnostic("FV-308", where,
                "@DefaultValue(\"" + value + "\") does not convert to the parameter's type (expected "
                        + expected + ").",
                "Give a default value of the right form, or remove @DefaultValue.");
    }

    public static Diagnostic twoSources(String where, Collection<String> annotations) {
        return new Diagnostic("FV-309", where,
                "It has more than one binding annotation: " + String.join(", ", annotations) + ".",
                "Keep exactly one of @PathParam, @QueryParam, @FormParam, @HeaderParam, @CookieParam.");
    }

    public static Diagnostic listPathParam(String where) {
        return new Diagnostic("FV-310", where, "A @PathParam holds one value, so it cannot be a List.",
                "Declare the element type instead of List<...>.");
    }

    public static Diagnostic unassignableField(String where, String modifier) {
        return new Diagnostic("FV-311", where, "A bound field cannot be " + modifier + ".",
                "Remove the " + modifier + " modifier: the view instance belongs to one request,"
                        + " so its fields are safe to fill.");
    }

    public static Diagnostic partNotFromForm(String where, String annotation, boolean defaultValue) {
        return new Diagnostic("FV-320", where, defaultValue
                ? "An uploaded file (jakarta.servlet.http.Part) cannot have a @DefaultValue."
                : "An uploaded file (jakarta.servlet.http.Part) comes from a form field, not from " + annotation + ".",
                "Bind it with @FormParam(\"<the file input's name>\") and no @DefaultValue: Part, Optional<Part>"
                        + " or List<Part>, from a multipart/form-data form.");
    }
}
