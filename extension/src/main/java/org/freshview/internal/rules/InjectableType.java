package org.freshview.internal.rules;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A type a handler parameter may declare without a binding annotation: the extension supplies it
 * from the request. Named by class name, as the rules see types (the annotation processor has no
 * classes); the extension's binders switch over these constants, so a new one does not compile
 * until it has a binder.
 */
public enum InjectableType {
    REQUEST("jakarta.servlet.http.HttpServletRequest"),
    RESPONSE("jakarta.servlet.http.HttpServletResponse"),
    SESSION("jakarta.servlet.http.HttpSession"),
    LOCALE("java.util.Locale"),
    FORM("org.freshview.Form");

    private final String typeName;

    InjectableType(String typeName) {
        this.typeName = typeName;
    }

    /** The qualified class name, e.g. {@code java.util.Locale}. */
    public String typeName() {
        return typeName;
    }

    /** The injectable type of this qualified class name, or {@code null} if the type is not one. */
    public static InjectableType named(String typeName) {
        for (InjectableType type : values()) {
            if (type.typeName.equals(typeName)) {
                return type;
            }
        }
        return null;
    }

    /** The simple names, as a message lists them: {@code HttpServletRequest, ..., Form}. */
    static String simpleNames() {
        return Arrays.stream(values())
                .map(type -> type.typeName.substring(type.typeName.lastIndexOf('.') + 1))
                .collect(Collectors.joining(", "));
    }
}
