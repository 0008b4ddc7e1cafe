package org.freshview.internal.web;

/** A request Freshview refuses before or instead of running the handler: status and a short message. */
final class BadRequest extends Exception {

    private final int status;

    BadRequest(int status, String message) {
        super(message, null, false, false); // an expected outcome: no stack trace to fill
        this.status = status;
    }

    BadRequest(String message) {
        this(400, message);
    }

    int status() {
        return status;
    }
}
