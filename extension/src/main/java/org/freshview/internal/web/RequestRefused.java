package org.freshview.internal.web;

/**
 * A request Freshview refuses before or instead of running the handler, answered with its status
 * and a short plain-text message: 400 for input it cannot read or bind, 403 for a CSRF field it
 * will not look for, 413 for a request over a {@link RequestLimits limit}.
 */
final class RequestRefused extends Exception {

    private final int status;

    RequestRefused(int status, String message) {
        super(message, null, false, false); // an expected outcome: no stack trace to fill
        this.status = status;
    }

    int status() {
        return status;
    }
}
