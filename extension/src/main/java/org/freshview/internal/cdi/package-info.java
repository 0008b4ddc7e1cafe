/**
 * The portable extension: discovers views, enforces their scope (FV-1xx), hands the shared
 * classes it sees (one instance serves all requests) to the audit (FV-4xx) and builds the
 * dispatcher once, while the container boots. It depends on the web layer, whose dispatcher it
 * builds; the web layer reaches what it built through {@link org.freshview.internal.web.Deployment}
 * and never names this package ({@code PackageCyclesTest}).
 */
package org.freshview.internal.cdi;
