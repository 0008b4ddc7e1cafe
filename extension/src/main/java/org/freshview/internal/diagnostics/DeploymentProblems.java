package org.freshview.internal.diagnostics;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by a builder that found problems; carries all of them, not just the first. */
public final class DeploymentProblems extends RuntimeException {

    private final transient List<Diagnostic> diagnostics;

    public DeploymentProblems(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
