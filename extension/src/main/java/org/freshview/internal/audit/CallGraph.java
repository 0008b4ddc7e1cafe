package org.freshview.internal.audit;

import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The calls among the methods of one class hierarchy: which of its methods an instruction runs,
 * what a set of entry points reaches, and which methods run only inside a caller's lock. Calls to
 * other objects are not followed: their state is not this class's fields, and a field changed
 * through a call on it is the finding, whatever the callee does.
 */
final class CallGraph {

    private final ClassHierarchy hierarchy;
    private final Map<MethodNode, ClassNode> owners = new IdentityHashMap<>();
    private final Map<MethodNode, int[]> lockDepths = new IdentityHashMap<>();

    CallGraph(ClassHierarchy hierarchy) {
        this.hierarchy = hierarchy;
        for (ClassNode node : hierarchy.classes()) {
            for (MethodNode method : node.methods) {
                owners.put(method, node);
            }
        }
    }

    /**
     * The methods reachable from {@code roots} through calls on {@code this} class hierarchy
     * and lambdas defined in it, each with the root that reaches it first.
     */
    List<Reached> walk(List<MethodNode> roots) {
        List<Reached> reached = new ArrayList<>();
        Set<MethodNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Reached> queue = new ArrayDeque<>();
        for (MethodNode root : roots) {
            if (seen.add(root)) {
                queue.add(new Reached(owners.get(root), root, root));
            }
        }
        while (!queue.isEmpty()) {
            Reached current = queue.poll();
            reached.add(current);
            for (AbstractInsnNode insn : current.method().instructions) {
                MethodNode callee = callee(insn);
                if (callee != null && seen.add(callee)) {
                    queue.add(new Reached(owners.get(callee), callee, current.root()));
                }
            }
        }
        return reached;
    }

    /** The methods {@link #walk} reaches from {@code starts}, the starts included. */
    Set<MethodNode> reachableFrom(List<MethodNode> starts) {
        Set<MethodNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Reached reached : walk(starts)) {
            seen.add(reached.method());
        }
        return seen;
    }

    /** The methods of the hierarchy that its own methods call (lambdas aside). */
    Set<MethodNode> calledInHierarchy() {
        Set<MethodNode> called = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ClassNode node : hierarchy.classes()) {
            for (MethodNode method : node.methods) {
                for (AbstractInsnNode insn : method.instructions) {
                    MethodNode callee = insn instanceof MethodInsnNode ? callee(insn) : null;
                    if (callee != null && callee != method) {
                        called.add(callee);
                    }
                }
            }
        }
        return called;
    }

    /**
     * The methods that some request path calls holding no lock; the others run only inside a
     * caller's {@code synchronized} (Spring's refreshProperties, called from getProperties holding
     * the cache's lock: docs/audit-results.md). A lambda runs later, so it is never taken as locked.
     */
    Set<MethodNode> calledWithoutLock(List<MethodNode> roots) {
        Set<MethodNode> unlocked = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<MethodNode> queue = new ArrayDeque<>();
        for (MethodNode root : roots) {
            if (unlocked.add(root)) {
                queue.add(root);
            }
        }
        while (!queue.isEmpty()) {
            MethodNode method = queue.poll();
            int[] locks = lockDepth(method);
            for (int i = 0; i < method.instructions.size(); i++) {
                AbstractInsnNode insn = method.instructions.get(i);
                MethodNode callee = callee(insn);
                if (callee != null && (locks[i] <= 0 || insn instanceof InvokeDynamicInsnNode) && unlocked.add(callee)) {
                    queue.add(callee);
                }
            }
        }
        return unlocked;
    }

    /** {@link LockDepth#of}, once per method: both the lock walk and the check of writes need it. */
    int[] lockDepth(MethodNode method) {
        return lockDepths.computeIfAbsent(method, LockDepth::of);
    }

    /** The method of this hierarchy that an instruction calls or makes a lambda of. */
    private MethodNode callee(AbstractInsnNode insn) {
        if (insn instanceof MethodInsnNode call) {
            MethodNode target = hierarchy.method(call.owner, call.name, call.desc);
            if (call.getOpcode() == Opcodes.INVOKEVIRTUAL && hierarchy.find(call.owner) != null) {
                // a virtual call runs the most specific override (Spring's init() calls initServletBean())
                for (ClassNode node : hierarchy.classes()) {
                    MethodNode candidate = hierarchy.method(node.name, call.name, call.desc);
                    if (candidate != null && (candidate.access & Opcodes.ACC_PRIVATE) == 0) {
                        return candidate;
                    }
                }
            }
            if (target == null && hierarchy.find(call.owner) != null) {
                // an inherited method called through the subclass's name
                for (ClassNode node : hierarchy.classes()) {
                    MethodNode candidate = hierarchy.method(node.name, call.name, call.desc);
                    if (candidate != null) {
                        return candidate;
                    }
                }
            }
            return target;
        }
        if (insn instanceof InvokeDynamicInsnNode indy
                && indy.bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory")
                && indy.bsmArgs.length > 1 && indy.bsmArgs[1] instanceof Handle handle) {
            return hierarchy.method(handle.getOwner(), handle.getName(), handle.getDesc());
        }
        return null;
    }
}
