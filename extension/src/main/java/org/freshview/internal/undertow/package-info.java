/**
 * What Freshview does only on Undertow (WildFly): spares the container a file system lookup for
 * every distinct URL a view answers. Loaded by Undertow alone, through
 * {@code META-INF/services/io.undertow.servlet.ServletExtension}; no other class refers to this
 * package, so on other servers its classes are never loaded and the Undertow API, a provided
 * dependency, need not be there.
 */
package org.freshview.internal.undertow;
