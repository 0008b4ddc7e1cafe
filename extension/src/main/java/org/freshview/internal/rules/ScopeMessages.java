package org.freshview.internal.rules;

import org.freshview.internal.diagnostics.Diagnostic;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The FV-1xx catalog: a view must be a request-scoped bean the container can proxy. Each
 * message says what is wrong, where, and how to fix it; docs/messages.md lists them all.
 */
public final class ScopeMessages {

    private ScopeMessages() {
    }

    /**
     * The view's effective scope is not {@code @RequestScoped}.
     *
     * @param source where the scope comes from, e.g. "declared on the class"
     * @param fields the instance fields that would outlive one request
     */
    public static Diagnostic sharedScope(String view, ViewShape.Annotation scope, String source,
                                         List<ViewShape.Field> fields) {
        String scopeName = "@" + scope.simpleName();
        String fieldSentence = fields.isEmpty()
                ? " It has no instance fields yet; any field added later would be shared."
                : " These instance fields would be shared: " + fields.stream()
                        .map(f -> f.name() + " (" + f.typeSimpleName() + ")")
                        .collect(Collectors.joining(", ")) + ".";
        return new Diagnostic("FV-101", view,
                "The view is " + scopeName + " (" + source + "), but a view must be @RequestScoped: "
                        + consequence(scope) + "." + fieldSentence,
                "Remove " + scopeName + " (a @View is @RequestScoped without any scope annotation) and keep"
                        + " state that must outlive a request in a separate, thread-safe bean that the view injects.");
    }

    private static String consequence(ViewShape.Annotation scope) {
        return switch (scope.name()) {
            case "jakarta.enterprise.context.ApplicationScoped", "jakarta.inject.Singleton" ->
                    "one instance would serve every request of every user at the same time";
            case "jakarta.enterprise.context.SessionScoped" ->
                    "one instance would serve every request of a session, concurrent ones included";
            case "jakarta.enterprise.context.ConversationScoped" ->
                    "one instance would serve every request of a conversation, concurrent ones included";
            case "jakarta.enterprise.context.Dependent" ->
                    "each injection point would get its own instance, and that instance would live as long as"
                            + " the bean it is injected into, not one request";
            default -> scope.normalScope()
                    ? "its instances would live as long as the @" + scope.simpleName()
                            + " context, not one request, and serve every request in that context"
                    : "its instances would not be bound to one request";
        };
    }

    /** An abstract class is not a managed bean, so the view would silently not exist. */
    public static Diagnostic abstractClass(String view) {
        return new Diagnostic("FV-102", view,
                "The view class is abstract, so the container cannot create an instance of it for a request.",
                "Remove abstract, or put @View on a concrete subclass instead.");
    }

    /** An inner, local or anonymous class needs an enclosing instance CDI cannot supply. */
    public static Diagnostic innerClass(String view, ViewShape.Kind where) {
        String kind = where == ViewShape.Kind.ANONYMOUS ? "an anonymous class"
                : where == ViewShape.Kind.LOCAL ? "a local class" : "a non-static inner class";
        return new Diagnostic("FV-103", view,
                "The view is " + kind + ", which the container cannot instantiate because each instance"
                        + " needs an instance of the enclosing class.",
                "Declare it as a static nested class or a top-level class.");
    }

    /** Final classes (records included) cannot be subclassed by the client proxy. */
    public static Diagnostic finalClass(String view, boolean record) {
        String kind = record ? "a record, and records are final" : "final";
        return new Diagnostic("FV-104", view,
                "The view class is " + kind + ", so the container cannot create the client proxy that a"
                        + " request-scoped bean needs.",
                record ? "Declare the view as a class, not a record." : "Remove final from the class.");
    }

    /** The client proxy subclass needs a non-private constructor without parameters. */
    public static Diagnostic noProxyConstructor(String view) {
        return new Diagnostic("FV-105", view,
                "The view has no non-private constructor without parameters, which the container needs to"
                        + " create the client proxy of a request-scoped bean.",
                "Add a public or protected constructor without parameters (an @Inject constructor may stay"
                        + " next to it).");
    }

    /** A final method cannot be overridden by the proxy, so calls would skip the context. */
    public static Diagnostic finalMethod(String view, String method) {
        return new Diagnostic("FV-106", view + "#" + method,
                "The method is final, so the client proxy cannot forward it to the current request's"
                        + " instance and the class cannot be proxied.",
                "Remove final from " + method + "(), or make it private or static.");
    }
}
