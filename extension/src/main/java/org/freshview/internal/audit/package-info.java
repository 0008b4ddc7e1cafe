/**
 * The shared-state audit (FV-4xx): reads the bytecode of request handlers that one instance
 * serves for all requests (singleton resources and providers, servlets, filters, application
 * scoped beans) and reports instance fields that requests write. Plain Java on a relocated ASM;
 * no CDI or servlet import.
 */
package org.freshview.internal.audit;
