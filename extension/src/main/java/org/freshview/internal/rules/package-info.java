/**
 * Plain Java: the FV-1xx scope and shape rules and the FV-3xx binding rules, written once over a
 * neutral model of a view ({@link org.freshview.internal.rules.ViewModel},
 * {@link org.freshview.internal.rules.ViewShape}). The extension fills the model from reflection
 * and CDI at deployment; the annotation processor fills it from {@code javax.lang.model} at
 * compile time; both report the same {@link org.freshview.internal.diagnostics.Diagnostic}s.
 * No CDI, servlet or Jakarta REST import.
 */
package org.freshview.internal.rules;
