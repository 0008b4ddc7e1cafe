package org.freshview.internal.audit;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

import java.util.Set;

/** Which field types and which stored values are safe to share between threads. */
final class ThreadSafeTypes {

    private static final Set<String> SAFE_TYPES = Set.of(
            "java/lang/ThreadLocal", "java/lang/InheritableThreadLocal",
            "jakarta/enterprise/inject/Instance", "jakarta/inject/Provider",
            "javax/enterprise/inject/Instance", "javax/inject/Provider",
            "org/springframework/beans/factory/ObjectFactory", "org/springframework/beans/factory/ObjectProvider",
            "java/time/format/DateTimeFormatter");

    /** Factories whose result is thread-safe or immutable. */
    private static final Set<String> SAFE_FACTORIES = Set.of(
            "java/util/List.of", "java/util/List.copyOf", "java/util/Set.of", "java/util/Set.copyOf",
            "java/util/Map.of", "java/util/Map.copyOf", "java/util/Map.ofEntries",
            "java/util/Collections.emptyList", "java/util/Collections.emptySet", "java/util/Collections.emptyMap",
            "java/util/Collections.singletonList", "java/util/Collections.singleton",
            "java/util/Collections.singletonMap");

    private ThreadSafeTypes() {
    }

    /** A field declared with this type is safe whatever requests do with it. */
    static boolean isSafeFieldType(String descriptor) {
        if (!descriptor.startsWith("L")) {
            return false;
        }
        String internalName = descriptor.substring(1, descriptor.length() - 1);
        return internalName.startsWith("java/util/concurrent/") || SAFE_TYPES.contains(internalName);
    }

    /**
     * A value created by this instruction is safe to share: {@code new ConcurrentHashMap<>()},
     * {@code Collections.synchronizedList(...)}, {@code List.of(...)} and the like. A field declared
     * as {@code Map} but only ever assigned such values is treated as thread-safe.
     */
    static boolean isSafeValue(AbstractInsnNode insn) {
        if (insn.getOpcode() == Opcodes.NEW) {
            String type = ((TypeInsnNode) insn).desc;
            return type.startsWith("java/util/concurrent/") || SAFE_TYPES.contains(type);
        }
        if (insn.getOpcode() == Opcodes.INVOKESTATIC) {
            MethodInsnNode call = (MethodInsnNode) insn;
            String name = call.owner + "." + call.name;
            return SAFE_FACTORIES.contains(name)
                    || (call.owner.equals("java/util/Collections")
                            && (call.name.startsWith("synchronized") || call.name.startsWith("unmodifiable")));
        }
        return insn.getOpcode() == Opcodes.ACONST_NULL;
    }
}
