/**
 * Freshview's public API: annotate a class with {@link org.freshview.View} to bind a fresh,
 * request-scoped instance of it to a URL template.
 */
package org.freshview;
