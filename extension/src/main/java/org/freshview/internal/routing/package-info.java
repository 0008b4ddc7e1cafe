/**
 * URL templates and the router: plain Java with no CDI or servlet import, so it can be
 * unit-tested and benchmarked without a container.
 */
package org.freshview.internal.routing;
