package org.freshview.internal.render;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The constant template names a class passes to {@code Result.render}, read from its bytecode:
 * a string constant loaded right before the call ({@code Result.render("order.html")}, also in a
 * conditional). A name computed at run time is not seen here; it is checked when it is rendered.
 */
public final class RenderedTemplates {

    private static final String RESULT = "org/freshview/Result";
    private static final String RENDER_DESCRIPTOR = "(Ljava/lang/String;)Lorg/freshview/Result$Render;";
    /** The descriptor as the constant pool stores it (modified UTF-8: ASCII here). */
    private static final byte[] RENDER_DESCRIPTOR_BYTES = RENDER_DESCRIPTOR.getBytes(StandardCharsets.US_ASCII);

    /** One call: the template name and {@code Class#method} it is in. */
    public record Call(String template, String where) {
    }

    private RenderedTemplates() {
    }

    /** The calls in {@code type} and its superclasses, read through {@code type}'s class loader. */
    public static List<Call> in(Class<?> type) {
        List<Call> calls = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            read(c, calls);
        }
        return calls;
    }

    private static void read(Class<?> type, List<Call> calls) {
        ClassLoader loader = type.getClassLoader();
        String resource = type.getName().replace('.', '/') + ".class";
        try (InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(resource) : loader.getResourceAsStream(resource)) {
            if (in == null) {
                return; // a generated or proxied class without bytes to read: checked at run time
            }
            byte[] file = in.readAllBytes();
            if (!contains(file, RENDER_DESCRIPTOR_BYTES)) {
                return; // a call to render(String) needs its descriptor in the constant pool: most views have none
            }
            new ClassReader(file).accept(new Calls(type.getName(), calls), ClassReader.SKIP_FRAMES | ClassReader.SKIP_DEBUG);
        } catch (IOException | RuntimeException e) {
            // Unreadable bytecode (a newer class file version than this ASM knows): checked at run time.
        }
    }

    private static boolean contains(byte[] file, byte[] part) {
        for (int i = 0; i <= file.length - part.length; i++) {
            if (file[i] == part[0] && Arrays.equals(file, i, i + part.length, part, 0, part.length)) {
                return true;
            }
        }
        return false;
    }

    private static final class Calls extends ClassVisitor {

        private final String className;
        private final List<Call> calls;

        Calls(String className, List<Call> calls) {
            super(Opcodes.ASM9);
            this.className = className;
            this.calls = calls;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            String where = className + "#" + name;
            return new MethodVisitor(Opcodes.ASM9) {
                private String constant;

                @Override
                public void visitLdcInsn(Object value) {
                    constant = value instanceof String text ? text : null;
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean isInterface) {
                    if (constant != null && opcode == Opcodes.INVOKESTATIC && owner.equals(RESULT)
                            && method.equals("render") && desc.equals(RENDER_DESCRIPTOR)) {
                        calls.add(new Call(constant, where));
                    }
                    constant = null;
                }

                @Override
                public void visitInsn(int opcode) {
                    constant = null;
                }

                @Override
                public void visitVarInsn(int opcode, int var) {
                    constant = null;
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String field, String desc) {
                    constant = null;
                }

                @Override
                public void visitIntInsn(int opcode, int operand) {
                    constant = null;
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    constant = null;
                }
            };
        }
    }
}
