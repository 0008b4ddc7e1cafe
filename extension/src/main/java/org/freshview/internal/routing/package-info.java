/**
 * URL templates and the router: plain Java with no CDI or servlet import, so it can be
 * unit-tested and benchmarked without a container.
 *
 * <p>{@link org.freshview.internal.routing.UriTemplate} parses a template;
 * {@link org.freshview.internal.routing.Router} checks a set of
 * {@link org.freshview.internal.routing.RouteSpec}s (FV-2xx diagnostics, all at once) and
 * matches raw request paths to {@link org.freshview.internal.routing.RouteMatch}es: literal
 * paths through one hash lookup, the rest through a tree with one level per segment. The
 * reverse side (the public {@link org.freshview.Routes}) comes from the same router.
 * {@link org.freshview.internal.routing.MappedPath} tells whether the path the router matched is
 * the one the container mapped, so the dispatcher runs a view only then.
 */
package org.freshview.internal.routing;
