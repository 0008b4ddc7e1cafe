package org.freshview.internal.audit;

import org.freshview.internal.diagnostics.Diagnostic;

/**
 * One finding of the audit with where it points in the sources, for reports that link to code.
 *
 * @param diagnostic the FV-4xx message
 * @param field      the field's name
 * @param source     the source file of the code that writes it, by package path
 *                   ({@code com/example/CounterServlet.java}); {@code null} when the class file does not say
 * @param line       the line of the write, or {@code 0} when unknown (compiled without line numbers, or a
 *                   field the runtime fills)
 */
public record Finding(Diagnostic diagnostic, String field, String source, int line) {
}
