/**
 * The shared-state audit (FV-4xx): reads the bytecode of the shared classes, those of which one
 * instance serves all requests (singleton resources and providers, servlets, filters, application
 * scoped beans), and reports instance fields that requests write. Plain Java on a relocated ASM;
 * no CDI or servlet import. "Shared class" here, never "handler": in Freshview a handler is a
 * view's method that serves a request.
 */
package org.freshview.internal.audit;
