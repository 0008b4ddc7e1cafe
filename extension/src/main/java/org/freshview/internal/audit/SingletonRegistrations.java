package org.freshview.internal.audit;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The classes a Jakarta REST {@code Application} instantiates in {@code getSingletons()}: the
 * runtime uses each such object for every request. Found by reading the method's bytecode
 * (and the private methods it calls), so only {@code new} expressions in it are seen.
 */
public final class SingletonRegistrations {

    private SingletonRegistrations() {
    }

    /** Binary names of the application classes created in {@code getSingletons()}. */
    public static Set<String> of(String applicationClass, ClassLoader loader) {
        return of(applicationClass, ClassSource.of(loader));
    }

    /** Binary names of the application classes created in {@code getSingletons()}, read from {@code source}. */
    public static Set<String> of(String applicationClass, ClassSource source) {
        Set<String> found = new LinkedHashSet<>();
        ClassHierarchy hierarchy = ClassHierarchy.read(applicationClass, source);
        if (hierarchy == null) {
            return found;
        }
        for (ClassNode node : hierarchy.classes()) {
            MethodNode start = hierarchy.method(node.name, "getSingletons", "()Ljava/util/Set;");
            if (start == null) {
                continue;
            }
            Deque<MethodNode> queue = new ArrayDeque<>();
            Set<MethodNode> seen = new HashSet<>();
            queue.add(start);
            while (!queue.isEmpty()) {
                MethodNode method = queue.poll();
                if (!seen.add(method)) {
                    continue;
                }
                for (AbstractInsnNode insn : method.instructions) {
                    if (insn.getOpcode() == Opcodes.NEW) {
                        String type = ((TypeInsnNode) insn).desc;
                        if (!type.startsWith("java/") && !type.startsWith("jakarta/") && !type.startsWith("javax/")) {
                            found.add(type.replace('/', '.'));
                        }
                    } else if (insn instanceof MethodInsnNode call && hierarchy.find(call.owner) != null) {
                        MethodNode callee = hierarchy.method(call.owner, call.name, call.desc);
                        if (callee != null && (callee.access & Opcodes.ACC_PRIVATE) != 0) {
                            queue.add(callee);
                        }
                    }
                }
            }
            break; // the most specific getSingletons() is the one the runtime calls
        }
        return found;
    }
}
