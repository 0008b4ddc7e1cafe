/**
 * The servlet side: the initializer that installs the dispatch filter, and the per-request
 * path from a matched route to a written response (CSRF check, field and parameter binding,
 * handler call, result). Everything a request needs is resolved at deployment by
 * {@link org.freshview.internal.web.Dispatcher#build}, which the CDI extension calls with the
 * {@link org.freshview.internal.web.ViewBean}s it found. This package does not name the extension:
 * the filter finds what it built as a {@link org.freshview.internal.web.Deployment} bean.
 */
package org.freshview.internal.web;
