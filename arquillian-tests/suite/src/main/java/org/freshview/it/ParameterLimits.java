package org.freshview.it;

/**
 * Who answers a query string or a POSTed form of 1001 parameters with distinct names: one over
 * Freshview's default limit of 1000, which is also the limit of several containers. Freshview
 * parses query strings and PUT, PATCH and DELETE bodies itself; a POST body is parsed by the
 * container, which may refuse it first. Each server module says which case it is through
 * {@link TargetServer#parameterLimits()}.
 */
public enum ParameterLimits {

    /**
     * Freshview: 400 for the query string and 413 for the form, each with its short text. TomEE 9
     * (Tomcat 10.0 allows 10,000 parameters).
     */
    BY_FRESHVIEW,

    /**
     * Freshview answers the query string; the container refuses the POSTed form when Freshview
     * asks for its fields (Tomcat 11's {@code InvalidParameterException}, Jetty's form key limit),
     * and Freshview answers that with 400 {@code Bad Request: the form could not be read.}
     */
    FORM_BY_THE_CONTAINER,

    /**
     * WildFly: Undertow refuses the query string itself, with an empty 400, before any filter
     * runs; the POSTed form as in {@link #FORM_BY_THE_CONTAINER}.
     */
    QUERY_AND_FORM_BY_THE_CONTAINER
}
