package org.freshview.internal.rules;

import org.freshview.internal.diagnostics.Diagnostic;

/** The FV-5xx catalog: Bean Validation constraints and {@code @BeanParam} form objects that cannot work. */
public final class FormMessages {

    private FormMessages() {
    }

    public static Diagnostic constraintOnWrongType(String where, String constraint, String type, String appliesTo) {
        return new Diagnostic("FV-501", where,
                "@" + constraint + " cannot validate " + type + ": it applies to " + appliesTo + ".",
                "Remove @" + constraint + ", or use a constraint made for " + type
                        + (type.startsWith("java.util.List") ? ", or put it on the element type (List<@"
                        + constraint + " String>)" : "") + ".");
    }

    public static Diagnostic unconstructibleBean(String where, String beanClass) {
        return new Diagnostic("FV-502", where,
                "The @BeanParam class " + beanClass + " cannot be created by Freshview.",
                "Make it a concrete class (not an interface, abstract, inner or local class) with a constructor"
                        + " without parameters that is not private, and bind its fields with @FormParam,"
                        + " @QueryParam, @PathParam, @HeaderParam or @CookieParam.");
    }

    public static Diagnostic noValidator(String where, String reason) {
        return new Diagnostic("FV-503", where,
                "It has Bean Validation constraints, but no Bean Validation provider is available (" + reason + ").",
                "On Tomcat or Jetty add org.hibernate.validator:hibernate-validator 8.0.x and"
                        + " org.glassfish.expressly:expressly 5.0.x to WEB-INF/lib; on Open Liberty enable the"
                        + " feature beanValidation-3.0 in server.xml. Full Jakarta EE servers provide one.");
    }
}
