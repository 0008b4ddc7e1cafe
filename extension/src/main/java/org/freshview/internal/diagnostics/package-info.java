/**
 * Deployment problems with stable ids: {@code FV-1xx} scope, {@code FV-2xx} routing,
 * {@code FV-3xx} binding, {@code FV-4xx} audit. Plain Java, shared by every layer.
 */
package org.freshview.internal.diagnostics;
