package org.freshview.internal.audit;

import org.freshview.internal.diagnostics.Diagnostic;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceValue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is a finding, from the facts of the call graph and the value flow: in a method a request
 * reaches, an assignment to a tracked field of {@code this} (FV-401), a mutating call on the object
 * a tracked field holds (FV-403) and a store into its array (FV-404); and a resource's
 * request-parameter fields (FV-402). Not a finding: a change through a field only ever assigned
 * thread-safe values, a change or array store made holding a lock, and a volatile field assigned
 * holding a lock after a null test of its own value (double-checked lazy initialisation); an
 * assignment holding a lock is otherwise a finding: the lock orders the writes, but the value is
 * still every request's. One finding per message, in the order found.
 */
final class FindingRules {

    private final SharedClass shared;
    private final ClassHierarchy hierarchy;
    private final CallGraph calls;
    private final ValueFlow values;
    private final TrackedFields fields;
    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private final Map<FieldRef, Boolean> safeValues = new HashMap<>();

    FindingRules(SharedClass shared, ClassHierarchy hierarchy, CallGraph calls) {
        this.shared = shared;
        this.hierarchy = hierarchy;
        this.calls = calls;
        this.values = new ValueFlow(hierarchy);
        this.fields = new TrackedFields(hierarchy);
    }

    /** The findings of the class whose requests start in {@code roots}. */
    List<Finding> findings(List<MethodNode> roots) {
        checkRequestParamFields();
        List<Reached> reachedFromRequests = calls.walk(roots);
        Set<MethodNode> unlocked = calls.calledWithoutLock(roots);
        for (Reached reached : reachedFromRequests) {
            checkMethod(reached, !unlocked.contains(reached.method()));
        }
        return List.copyOf(findings.values());
    }

    private void checkRequestParamFields() {
        if (!TrackedFields.isResource(hierarchy.audited())) {
            return;
        }
        TrackedFields.candidates(hierarchy).forEach((node, candidates) -> {
            for (FieldNode field : candidates) {
                for (String param : TrackedFields.requestParams(field)) {
                    FieldRef ref = new FieldRef(node.name, field.name, field.desc);
                    add(AuditMessages.requestParamField(shared, ref, param), ref, node, null);
                }
            }
        });
    }

    private void checkMethod(Reached reached, boolean callerLocks) {
        MethodNode method = reached.method();
        if (method.instructions.size() == 0 || (method.access & Opcodes.ACC_STATIC) != 0) {
            return;
        }
        InsnList insns = method.instructions;
        int[] locks = calls.lockDepth(method);
        // the frames only where an instruction could make a finding: most request methods have none
        MethodFrames frames = null;
        for (int i = 0; i < insns.size(); i++) {
            AbstractInsnNode insn = insns.get(i);
            int opcode = insn.getOpcode();
            int monitors = locks[i] + (callerLocks ? 1 : 0);
            if (!mayWrite(insn, monitors > 0)) {
                continue;
            }
            if (frames == null) {
                frames = values.frames(reached.owner(), method);
                if (frames == null) {
                    return; // not analysable: skipped
                }
            }
            Frame<SourceValue> frame = frames.at(i);
            if (frame == null) {
                continue; // unreachable code
            }
            if (opcode == Opcodes.PUTFIELD) {
                checkFieldWrite(reached, frames, (FieldInsnNode) insn, frame, monitors > 0);
            } else if (monitors > 0) {
                // a change made holding a lock (Spring's synchronized (this.cachedProperties) { put }):
                // taken as guarded, as SpotBugs does; found in CAS's message source (docs/audit-results.md)
                continue;
            } else if (insn instanceof MethodInsnNode call && opcode != Opcodes.INVOKESTATIC
                    && MutatingCalls.isMutating(call.owner, call.name)) {
                int receiver = frame.getStackSize() - Type.getArgumentTypes(call.desc).length - 1;
                FieldRef field = frames.fieldBehind(frame.getStack(receiver));
                if (field != null && fields.tracked(field) && !onlySafeValues(field)) {
                    String called = FieldRef.simpleName(Type.getObjectType(call.owner)) + "." + call.name;
                    add(AuditMessages.fieldObjectChanged(shared, field, called, reached.describe()), field,
                            reached.owner(), insn);
                }
            } else if (opcode >= Opcodes.IASTORE && opcode <= Opcodes.SASTORE) {
                FieldRef field = frames.fieldBehind(frame.getStack(frame.getStackSize() - 3));
                if (field != null && fields.tracked(field)) {
                    add(AuditMessages.arrayElementWritten(shared, field, reached.describe()), field, reached.owner(), insn);
                }
            }
        }
    }

    /** Whether checkMethod looks at the instruction: a field write, or unlocked, a mutating call or an array store. */
    private static boolean mayWrite(AbstractInsnNode insn, boolean locked) {
        int opcode = insn.getOpcode();
        if (opcode == Opcodes.PUTFIELD) {
            return true;
        }
        return !locked && (insn instanceof MethodInsnNode call && opcode != Opcodes.INVOKESTATIC
                && MutatingCalls.isMutating(call.owner, call.name)
                || opcode >= Opcodes.IASTORE && opcode <= Opcodes.SASTORE);
    }

    private void checkFieldWrite(Reached reached, MethodFrames frames, FieldInsnNode put, Frame<SourceValue> frame,
                                 boolean locked) {
        FieldRef field = hierarchy.resolveField(put.owner, put.name);
        if (field == null || !fields.tracked(field)) {
            return;
        }
        if (!frames.isThis(frame.getStack(frame.getStackSize() - 2))) {
            return;
        }
        if (locked && fields.isVolatile(field) && frames.testsForNull(field)) {
            return; // double-checked lazy initialisation: written once, safely published
        }
        add(AuditMessages.fieldWritten(shared, field, reached.describe()), field, reached.owner(), put);
    }

    /** Whether every assignment to the field, anywhere in the hierarchy, stores a thread-safe or immutable value. */
    private boolean onlySafeValues(FieldRef field) {
        return safeValues.computeIfAbsent(field, f -> values.onlyAssigned(f, ThreadSafeTypes::isSafeValue));
    }

    private void add(Diagnostic diagnostic, FieldRef field, ClassNode in, AbstractInsnNode at) {
        String source = null;
        if (in.sourceFile != null) {
            int slash = in.name.lastIndexOf('/');
            source = (slash < 0 ? "" : in.name.substring(0, slash + 1)) + in.sourceFile;
        }
        findings.putIfAbsent(diagnostic.toString(), new Finding(diagnostic, field.name(), source, line(at)));
    }

    /** The source line of an instruction: the last line number before it; 0 for none. */
    private static int line(AbstractInsnNode insn) {
        for (AbstractInsnNode at = insn; at != null; at = at.getPrevious()) {
            if (at instanceof LineNumberNode number) {
                return number.line;
            }
        }
        return 0;
    }
}
