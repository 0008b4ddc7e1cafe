package org.freshview.internal.audit;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * How many monitors a method holds at each instruction, along its control flow: a
 * {@code synchronized} block's early {@code return} exits the monitor on that path only (Spring's
 * {@code getMergedProperties}, docs/audit-results.md), which counting in instruction order misses.
 */
final class LockDepth {

    private LockDepth() {
    }

    /** The monitors held before each instruction; -1 where no path reaches it. */
    static int[] of(MethodNode method) {
        InsnList insns = method.instructions;
        int[] depth = new int[insns.size()];
        Arrays.fill(depth, -1);
        if (insns.size() == 0) {
            return depth;
        }
        Deque<Integer> work = new ArrayDeque<>();
        depth[0] = (method.access & Opcodes.ACC_SYNCHRONIZED) != 0 ? 1 : 0;
        work.add(0);
        while (!work.isEmpty()) {
            int index = work.poll();
            AbstractInsnNode insn = insns.get(index);
            int before = depth[index];
            int after = before + (insn.getOpcode() == Opcodes.MONITORENTER ? 1
                    : insn.getOpcode() == Opcodes.MONITOREXIT ? -1 : 0);
            for (int next : successors(insns, insn, index)) {
                reach(depth, work, next, Math.max(after, 0));
            }
            for (TryCatchBlockNode handler : method.tryCatchBlocks) {
                if (insns.indexOf(handler.start) <= index && index < insns.indexOf(handler.end)) {
                    reach(depth, work, insns.indexOf(handler.handler), before);
                }
            }
        }
        return depth;
    }

    private static void reach(int[] depth, Deque<Integer> work, int index, int value) {
        if (depth[index] < 0) {
            depth[index] = value;
            work.add(index);
        }
    }

    private static List<Integer> successors(InsnList insns, AbstractInsnNode insn, int index) {
        List<Integer> next = new ArrayList<>();
        int opcode = insn.getOpcode();
        if (insn instanceof JumpInsnNode jump) {
            next.add(insns.indexOf(jump.label));
        } else if (insn instanceof TableSwitchInsnNode table) {
            next.add(insns.indexOf(table.dflt));
            table.labels.forEach(label -> next.add(insns.indexOf(label)));
        } else if (insn instanceof LookupSwitchInsnNode lookup) {
            next.add(insns.indexOf(lookup.dflt));
            lookup.labels.forEach(label -> next.add(insns.indexOf(label)));
        }
        boolean ends = opcode == Opcodes.GOTO || opcode == Opcodes.ATHROW || insn instanceof TableSwitchInsnNode
                || insn instanceof LookupSwitchInsnNode || (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN);
        if (!ends && index + 1 < insns.size()) {
            next.add(index + 1);
        }
        return next;
    }
}
