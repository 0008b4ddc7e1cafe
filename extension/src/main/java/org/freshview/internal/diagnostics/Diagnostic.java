package org.freshview.internal.diagnostics;

/**
 * One problem found in a deployment: what is wrong, where, and how to fix it.
 *
 * @param id      stable id such as {@code FV-201}; documented in docs/messages.md
 * @param where   the class, or {@code class#member}, the problem is in
 * @param problem what is wrong, as one sentence
 * @param fix     how to fix it, as one sentence
 */
public record Diagnostic(String id, String where, String problem, String fix) {

    /** The message users read: {@code FV-201 com.example.FormView#show: problem. fix.} */
    @Override
    public String toString() {
        return id + " " + where + ": " + problem + " " + fix;
    }
}
