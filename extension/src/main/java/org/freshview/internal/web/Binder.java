package org.freshview.internal.web;

/** Produces the value of one handler parameter or view field for a request; built at deployment. */
@FunctionalInterface
interface Binder {

    Object bind(Exchange exchange) throws RequestRefused;
}
