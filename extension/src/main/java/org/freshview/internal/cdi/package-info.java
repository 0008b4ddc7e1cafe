/**
 * The portable extension: discovers views, enforces their scope (FV-1xx), hands the shared
 * request handlers it sees to the audit (FV-4xx) and builds the dispatcher once, while the
 * container boots.
 */
package org.freshview.internal.cdi;
