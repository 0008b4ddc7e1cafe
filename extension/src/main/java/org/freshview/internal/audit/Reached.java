package org.freshview.internal.audit;

import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A method a request runs, with the class that declares it and the request entry point that
 * reaches it first: a finding names both, because the write is often in a helper the reader of
 * the message has not looked at.
 *
 * @param owner  the class of the hierarchy that declares {@code method}
 * @param method the method reached
 * @param root   the request entry point it is reached from ({@code method} itself for an entry point)
 */
record Reached(ClassNode owner, MethodNode method, MethodNode root) {

    /** Where a finding says the write is: {@code handle()}, {@code a lambda in handle()}, {@code remember() (called from handle())}. */
    String describe() {
        String entry = root.name + "()";
        if (method == root) {
            return entry;
        }
        if (method.name.startsWith("lambda$")) {
            return "a lambda in " + entry;
        }
        return method.name + "() (called from " + entry + ")";
    }
}
