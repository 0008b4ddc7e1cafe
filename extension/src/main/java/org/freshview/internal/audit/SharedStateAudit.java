package org.freshview.internal.audit;

import org.freshview.internal.diagnostics.Diagnostic;
import org.objectweb.asm.tree.MethodNode;

import java.util.List;

/**
 * Finds the instance fields of a shared class that requests write. Reads the class files of the
 * class and its application superclasses and follows every method a request can run: the
 * non-private methods, and the private methods and lambdas they call. Constructors,
 * {@code @PostConstruct}/{@code @Inject} methods, servlet and filter {@code init} and what only
 * they call are initialisation and are not followed.
 *
 * <p>Not a finding: fields of thread-safe types or only ever assigned thread-safe values,
 * injected fields, fields and classes annotated {@code @SharedStateReviewed}, and a volatile
 * field assigned under a lock after a null check of its value (double-checked lazy initialisation).
 *
 * <p>The parts, each answering one question: {@link RequestEntries} (where requests start),
 * {@link CallGraph} (what they reach, and under which lock), {@link TrackedFields} (which fields
 * matter), {@link ValueFlow} (where a value comes from) and {@link FindingRules} (what of that is a
 * finding). This class only reads the classes and dismisses, from an outline, those without a field
 * a finding could name.
 *
 * <pre>{@code
 * List<Diagnostic> findings = new SharedStateAudit().audit(
 *         new SharedClass("com.example.CounterResource", loader, "an @ApplicationScoped Jakarta REST resource (one instance for all requests)"));
 * }</pre>
 */
public final class SharedStateAudit {

    private static final System.Logger LOG = System.getLogger("org.freshview.audit");

    /** Audits one shared class; an empty list when it is clean or its class file is unreadable. */
    public List<Diagnostic> audit(SharedClass shared) {
        return findings(shared).stream().map(Finding::diagnostic).toList();
    }

    /** Audits one shared class, with the source line of each finding; empty when clean or unreadable. */
    public List<Finding> findings(SharedClass shared) {
        ClassHierarchy outline = ClassHierarchy.outline(shared.className(), shared.classes());
        if (outline == null) {
            return unreadable(shared);
        }
        if (TrackedFields.reviewed(outline.audited()) || !TrackedFields.anyIn(outline)) {
            return List.of();
        }
        ClassHierarchy hierarchy = outline.complete();
        if (hierarchy == null) {
            return unreadable(shared);
        }
        CallGraph calls = new CallGraph(hierarchy);
        List<MethodNode> roots = RequestEntries.of(shared, hierarchy, calls);
        return new FindingRules(shared, hierarchy, calls).findings(roots);
    }

    private static List<Finding> unreadable(SharedClass shared) {
        LOG.log(System.Logger.Level.DEBUG, "Freshview audit: cannot read the class file of {0}; skipped", shared.className());
        return List.of();
    }
}
