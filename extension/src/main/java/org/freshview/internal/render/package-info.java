/**
 * Template engines: which {@link org.freshview.ViewEngine} renders a template name, the engines
 * an application has (CDI beans, then {@link java.util.ServiceLoader}), and the constant names
 * handlers pass to {@code Result.render}, read from their bytecode so that a name no engine
 * renders fails the deployment. No servlet or CDI import except where engines are found.
 */
package org.freshview.internal.render;
