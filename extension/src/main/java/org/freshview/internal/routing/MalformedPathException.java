package org.freshview.internal.routing;

/**
 * A request path a view's template would take but that no view may see: a broken
 * percent-escape, an escape that is not UTF-8, or a control character in a variable's value.
 * The dispatcher answers 400 with the message as a short text body.
 */
public final class MalformedPathException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    MalformedPathException() {
        this("Bad request: the path has a malformed percent-escape.");
    }

    private MalformedPathException(String message) {
        super(message);
    }

    /** A value with a control character (such as {@code %00}) that no regex of the template allows. */
    static MalformedPathException controlCharacter() {
        return new MalformedPathException("Bad request: the path has a control character.");
    }

    /** No stack trace: this is bad input, thrown per request and never logged. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
