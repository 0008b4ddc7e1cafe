/**
 * Deployment problems with stable ids: {@code FV-1xx} scope, {@code FV-2xx} routing,
 * {@code FV-3xx} binding, {@code FV-4xx} audit, {@code FV-5xx} validation and forms,
 * {@code FV-6xx} template engines. Plain Java, shared by every layer. Each id is written once,
 * as a literal next to its wording, in one catalog class ({@code ScopeMessages},
 * {@code RoutingMessages}, {@code BindingMessages}, {@code SettingMessages}, {@code AuditMessages},
 * {@code FormMessages}, {@code RenderMessages}), so that searching for an id finds its message; docs/messages.md
 * lists every id (MessageCatalogTest compares the two).
 */
package org.freshview.internal.diagnostics;
