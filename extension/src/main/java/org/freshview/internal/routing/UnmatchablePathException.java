package org.freshview.internal.routing;

/**
 * A request path whose segment a template's regex could not finish matching: the regex ran out
 * of stack or of its budget of character reads. The dispatch filter answers 400 with the message
 * as a short text body.
 */
public final class UnmatchablePathException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    UnmatchablePathException() {
        super("Bad Request: a segment of the path could not be matched.");
    }

    /** No stack trace: this is bad input, thrown per request and never logged. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
