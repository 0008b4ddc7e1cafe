package org.freshview.internal.audit;

import org.freshview.internal.diagnostics.Diagnostic;

/** The FV-4xx catalog: shared classes whose fields requests write. */
final class AuditMessages {

    private static final String ACKNOWLEDGE = " If sharing is intended and safe, annotate the field with"
            + " @SharedStateReviewed(reason = \"...\").";

    private AuditMessages() {
    }

    /** A request method assigns the field. */
    static Diagnostic fieldWritten(SharedClass shared, FieldRef field, String method) {
        return new Diagnostic("FV-401", field.where(shared),
                "The field " + field.describe(shared) + " is written in " + method + ", but the class is "
                        + shared.role() + ", so concurrent requests overwrite each other's value.",
                "Keep the value in a local variable or a @RequestScoped bean, or use a thread-safe type"
                        + " (an AtomicReference, AtomicLong, ...)." + ACKNOWLEDGE);
    }

    /** The Jakarta REST runtime fills the field on every request. */
    static Diagnostic requestParamField(SharedClass shared, FieldRef field, String annotation) {
        return new Diagnostic("FV-402", field.where(shared),
                "The field " + field.describe(shared) + " is filled from @" + annotation + " on every request,"
                        + " but the class is " + shared.role() + ", so concurrent requests overwrite each"
                        + " other's value.",
                "Take the value as a parameter of the resource method, or make the resource @RequestScoped"
                        + " (the Jakarta REST default).");
    }

    /** A request method changes the object the field holds. */
    static Diagnostic fieldObjectChanged(SharedClass shared, FieldRef field, String call, String method) {
        return new Diagnostic("FV-403", field.where(shared),
                "The field " + field.describe(shared) + " is changed through " + call + " in " + method
                        + ", but the class is " + shared.role() + " and the object is not thread-safe, so"
                        + " concurrent requests corrupt it or see each other's data.",
                "Create the object per request (a local variable or a @RequestScoped bean), or use a"
                        + " thread-safe type (ConcurrentHashMap, CopyOnWriteArrayList, DateTimeFormatter"
                        + " instead of SimpleDateFormat)." + ACKNOWLEDGE);
    }

    /** A request method stores into an element of the field's array. */
    static Diagnostic arrayElementWritten(SharedClass shared, FieldRef field, String method) {
        return new Diagnostic("FV-404", field.where(shared),
                "An element of the array field " + field.describe(shared) + " is written in " + method
                        + ", but the class is " + shared.role() + ", so concurrent requests overwrite each"
                        + " other's values.",
                "Create the array per request, or use an AtomicIntegerArray / AtomicReferenceArray." + ACKNOWLEDGE);
    }
}
