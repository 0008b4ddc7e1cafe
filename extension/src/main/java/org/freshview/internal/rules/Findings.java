package org.freshview.internal.rules;

import org.freshview.internal.diagnostics.Diagnostic;

/**
 * Where the rules report: each diagnostic with the {@code origin} of the model element it is
 * about (a class, method, parameter or field as the caller filled it in), so the annotation
 * processor can put the message on that element.
 */
public interface Findings {

    void problem(Diagnostic diagnostic, Object origin);

    void warning(Diagnostic diagnostic, Object origin);
}
