package org.freshview.internal.audit;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceValue;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where values come from in the methods of one class hierarchy: the {@link MethodFrames} of each
 * method, analysed at most once (the analysis is the costly part of the audit, so only methods
 * with an instruction that could make a finding are analysed), and what the hierarchy assigns to
 * a field.
 */
final class ValueFlow {

    private final ClassHierarchy hierarchy;
    /** The frames of the methods analysed so far; {@code null} for a method that cannot be. */
    private final Map<MethodNode, MethodFrames> frames = new IdentityHashMap<>();

    ValueFlow(ClassHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /** The frames of a method of the hierarchy; {@code null} when it has no code or cannot be analysed. */
    MethodFrames frames(ClassNode owner, MethodNode method) {
        if (method.instructions.size() == 0) {
            return null;
        }
        if (!frames.containsKey(method)) {
            frames.put(method, MethodFrames.analyse(owner, method, hierarchy));
        }
        return frames.get(method);
    }

    /**
     * Whether the hierarchy assigns the field at least once, and every value it assigns comes
     * only from instructions {@code origin} accepts (so a field declared as {@code Map} holding a
     * ConcurrentHashMap is safe). An assignment in a method that cannot be analysed is not seen.
     */
    boolean onlyAssigned(FieldRef field, Predicate<AbstractInsnNode> origin) {
        int stores = 0;
        for (ClassNode node : hierarchy.classes()) {
            for (MethodNode method : node.methods) {
                MethodFrames methodFrames = frames(node, method);
                if (methodFrames == null) {
                    continue;
                }
                for (int i = 0; i < method.instructions.size(); i++) {
                    AbstractInsnNode insn = method.instructions.get(i);
                    Frame<SourceValue> frame = methodFrames.at(i);
                    if (insn.getOpcode() != Opcodes.PUTFIELD || frame == null) {
                        continue;
                    }
                    FieldInsnNode put = (FieldInsnNode) insn;
                    if (!field.equals(hierarchy.resolveField(put.owner, put.name))) {
                        continue;
                    }
                    stores++;
                    Set<AbstractInsnNode> origins = methodFrames.origins(frame.getStack(frame.getStackSize() - 1));
                    if (origins.isEmpty() || !origins.stream().allMatch(origin)) {
                        return false;
                    }
                }
            }
        }
        return stores > 0;
    }
}
