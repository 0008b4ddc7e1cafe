package org.freshview.internal.rules;

/** Where a bound value comes from: the Jakarta REST annotation that names it. */
public enum SourceKind {
    PATH("PathParam", "path variable"),
    QUERY("QueryParam", "query parameter"),
    FORM("FormParam", "form field"),
    HEADER("HeaderParam", "header"),
    COOKIE("CookieParam", "cookie");

    private final String annotation;
    private final String label;

    SourceKind(String annotation, String label) {
        this.annotation = annotation;
        this.label = label;
    }

    /** The annotation's simple name, e.g. {@code PathParam}. */
    public String annotation() {
        return annotation;
    }

    /** What users call it, e.g. "path variable". */
    public String label() {
        return label;
    }

    /** The kind of the {@code jakarta.ws.rs} annotation with this qualified name, or {@code null}. */
    public static SourceKind ofAnnotation(String qualifiedName) {
        for (SourceKind kind : values()) {
            if (qualifiedName.equals("jakarta.ws.rs." + kind.annotation)) {
                return kind;
            }
        }
        return null;
    }
}
