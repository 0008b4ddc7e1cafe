/**
 * The portable extension: discovers views, enforces their scope and builds the dispatcher
 * once, while the container boots.
 */
package org.freshview.internal.cdi;
