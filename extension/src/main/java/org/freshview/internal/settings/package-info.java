/**
 * Every Freshview setting, read from one chain of sources in one order: system property,
 * environment variable, MicroProfile Config (when on the class path), servlet context-param,
 * {@code WEB-INF/classes/freshview.properties}. Plain Java: the servlet context's parameters
 * come in as a function, so this package imports neither CDI nor the servlet API. A value that
 * cannot be used is reported from {@code SettingMessages} (FV-312, FV-313).
 */
package org.freshview.internal.settings;
