package org.freshview.testkit;

import java.util.Objects;

/**
 * Where a request of an {@link IsolationCheck} carries its distinct value.
 *
 * <pre>{@code
 * IsolationCheck.against(uri)
 *         .distinctValue(ValueIn.query("key"), ValueIn.header("X-Key"), ValueIn.lastPathSegment())
 *         .run();
 * }</pre>
 *
 * <p>Each place gets a value of its own, so a response that mixes one request's query value
 * with another request's header value is caught too.
 */
public sealed interface ValueIn {

    /**
     * A query parameter, appended to the target's own query.
     *
     * @param name the parameter's name
     * @return the place
     */
    static ValueIn query(String name) {
        return new Query(name);
    }

    /**
     * A request header.
     *
     * @param name the header's name
     * @return the place
     */
    static ValueIn header(String name) {
        return new Header(name);
    }

    /**
     * A parameter of an {@code application/x-www-form-urlencoded} body; the request becomes a POST.
     *
     * @param name the parameter's name
     * @return the place
     */
    static ValueIn form(String name) {
        return new Form(name);
    }

    /**
     * One more path segment after the target's path: {@code /echo} becomes {@code /echo/<value>}.
     *
     * @return the place
     */
    static ValueIn lastPathSegment() {
        return new PathSegment();
    }

    /**
     * A short label for reports.
     *
     * @return for example {@code query key}
     */
    String label();

    /**
     * A query parameter.
     *
     * @param name the parameter's name
     */
    record Query(String name) implements ValueIn {
        /**
         * Checks the name is there.
         *
         * @param name the parameter's name
         */
        public Query {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String label() {
            return "query " + name;
        }
    }

    /**
     * A request header.
     *
     * @param name the header's name
     */
    record Header(String name) implements ValueIn {
        /**
         * Checks the name is there.
         *
         * @param name the header's name
         */
        public Header {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String label() {
            return "header " + name;
        }
    }

    /**
     * A form parameter in a POST body.
     *
     * @param name the parameter's name
     */
    record Form(String name) implements ValueIn {
        /**
         * Checks the name is there.
         *
         * @param name the parameter's name
         */
        public Form {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String label() {
            return "form " + name;
        }
    }

    /** The last path segment. */
    record PathSegment() implements ValueIn {
        @Override
        public String label() {
            return "path";
        }
    }
}
