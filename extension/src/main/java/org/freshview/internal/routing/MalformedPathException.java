package org.freshview.internal.routing;

/**
 * A request path with a broken percent-escape or an escape that is not UTF-8. The dispatcher
 * answers 400 with the message as a short text body.
 */
public final class MalformedPathException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    MalformedPathException() {
        super("Bad request: the path has a malformed percent-escape.");
    }

    /** No stack trace: this is bad input, thrown per request and never logged. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
