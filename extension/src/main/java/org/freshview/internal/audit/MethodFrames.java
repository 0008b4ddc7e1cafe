package org.freshview.internal.audit;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the values of one method come from: for each instruction, the frame of ASM's
 * {@link SourceInterpreter}, which gives every stack slot and local the instructions that may have
 * produced it, on any path. Values are followed through locals, casts and DUPs, not through calls
 * or other fields: enough to tell {@code this}, one of its fields, and a fresh object apart.
 */
final class MethodFrames {

    private static final System.Logger LOG = System.getLogger("org.freshview.audit");

    private final MethodNode method;
    private final Frame<SourceValue>[] frames;
    private final ClassHierarchy hierarchy;

    private MethodFrames(MethodNode method, Frame<SourceValue>[] frames, ClassHierarchy hierarchy) {
        this.method = method;
        this.frames = frames;
        this.hierarchy = hierarchy;
    }

    /** The frames of a method of {@code hierarchy}; {@code null} when it has no code or cannot be analysed (skipped). */
    static MethodFrames analyse(ClassNode owner, MethodNode method, ClassHierarchy hierarchy) {
        if (method.instructions.size() == 0) {
            return null;
        }
        try {
            return new MethodFrames(method, new Analyzer<>(new SourceInterpreter()).analyze(owner.name, method), hierarchy);
        } catch (AnalyzerException e) {
            LOG.log(System.Logger.Level.DEBUG, "Freshview audit: cannot analyse {0}.{1}; skipped", owner.name, method.name);
            return null;
        }
    }

    /** The frame before the instruction at {@code index}; {@code null} where no path reaches it. */
    Frame<SourceValue> at(int index) {
        return frames[index];
    }

    /** The instance field of {@code this} a stack value was read from, through locals and casts; {@code null} if none. */
    FieldRef fieldBehind(SourceValue value) {
        return fieldBehind(value, new HashSet<>());
    }

    private FieldRef fieldBehind(SourceValue value, Set<AbstractInsnNode> visited) {
        for (AbstractInsnNode insn : value.insns) {
            if (!visited.add(insn)) {
                continue;
            }
            Frame<SourceValue> frame = frames[method.instructions.indexOf(insn)];
            if (frame == null) {
                continue;
            }
            FieldRef found = null;
            if (insn.getOpcode() == Opcodes.GETFIELD) {
                FieldInsnNode get = (FieldInsnNode) insn;
                if (isThis(frame.getStack(frame.getStackSize() - 1))) {
                    found = hierarchy.resolveField(get.owner, get.name);
                }
            } else if (insn.getOpcode() == Opcodes.ALOAD) {
                found = fieldBehind(frame.getLocal(((VarInsnNode) insn).var), visited);
            } else {
                for (SourceValue input : passedThrough(insn, frame)) {
                    found = found != null ? found : fieldBehind(input, visited);
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Whether a value is {@code this}: local 0 of an instance method, possibly through DUP. */
    boolean isThis(SourceValue value) {
        return isThis(value, new HashSet<>());
    }

    private boolean isThis(SourceValue value, Set<AbstractInsnNode> visited) {
        if (value.insns.isEmpty()) {
            return false;
        }
        for (AbstractInsnNode insn : value.insns) {
            if (!visited.add(insn)) {
                continue;
            }
            if (insn.getOpcode() == Opcodes.ALOAD && ((VarInsnNode) insn).var == 0) {
                continue;
            }
            Frame<SourceValue> frame = frames[method.instructions.indexOf(insn)];
            boolean copyOfThis = false;
            if (frame != null && insn.getOpcode() != Opcodes.ASTORE) {
                for (SourceValue input : passedThrough(insn, frame)) {
                    copyOfThis |= isThis(input, visited);
                }
            }
            if (!copyOfThis) {
                return false;
            }
        }
        return true;
    }

    /** The instructions that produced a value, looking through locals, casts and DUPs. */
    Set<AbstractInsnNode> origins(SourceValue value) {
        Set<AbstractInsnNode> origins = new HashSet<>();
        origins(value, origins, new HashSet<>());
        return origins;
    }

    private void origins(SourceValue value, Set<AbstractInsnNode> into, Set<AbstractInsnNode> visited) {
        for (AbstractInsnNode insn : value.insns) {
            if (!visited.add(insn)) {
                continue;
            }
            Frame<SourceValue> frame = frames[method.instructions.indexOf(insn)];
            if (frame != null && insn.getOpcode() == Opcodes.ALOAD) {
                origins(frame.getLocal(((VarInsnNode) insn).var), into, visited);
            } else if (frame != null && !passedThrough(insn, frame).isEmpty()) {
                for (SourceValue input : passedThrough(insn, frame)) {
                    origins(input, into, visited);
                }
            } else {
                into.add(insn);
            }
        }
    }

    /**
     * Whether the method tests the field's value for {@code null}: an {@code IFNULL} or
     * {@code IFNONNULL} on a value read from the field of {@code this}, directly or through a local
     * or a cast. A null test of another value (a parameter, another field) does not make a write
     * lazy initialisation of this field.
     */
    boolean testsForNull(FieldRef field) {
        for (int i = 0; i < frames.length; i++) {
            int opcode = method.instructions.get(i).getOpcode();
            if ((opcode == Opcodes.IFNULL || opcode == Opcodes.IFNONNULL) && frames[i] != null
                    && field.equals(fieldBehind(frames[i].getStack(frames[i].getStackSize() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stack values an instruction passes on unchanged (stores, casts, DUPs, SWAP). For the
     * DUP variants that reorder several values, all of them: the frames do not say which one a
     * later instruction took, and the callers only ask "is it this" or "is it that field".
     */
    private static List<SourceValue> passedThrough(AbstractInsnNode insn, Frame<SourceValue> frame) {
        int count = switch (insn.getOpcode()) {
            case Opcodes.ASTORE, Opcodes.CHECKCAST, Opcodes.DUP -> 1;
            case Opcodes.DUP_X1, Opcodes.SWAP, Opcodes.DUP2 -> 2;
            case Opcodes.DUP_X2, Opcodes.DUP2_X1 -> 3;
            case Opcodes.DUP2_X2 -> 4;
            default -> 0;
        };
        List<SourceValue> inputs = new ArrayList<>();
        int size = frame.getStackSize();
        for (int i = 1; i <= Math.min(count, size); i++) {
            inputs.add(frame.getStack(size - i));
        }
        return inputs;
    }
}
