/**
 * The portable extension: discovers views, enforces their scope (FV-1xx), hands the shared
 * classes it sees (one instance serves all requests) to the audit (FV-4xx) and builds the
 * dispatcher once, while the container boots.
 */
package org.freshview.internal.cdi;
