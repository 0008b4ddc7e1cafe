package org.freshview.internal.audit;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A class and its application superclasses as class files, the audited class first. Platform
 * classes ({@code java.}, {@code jakarta.}, {@code javax.}) are left out: their fields are not
 * the application's state.
 */
final class ClassHierarchy {

    private final List<ClassNode> classes;

    private ClassHierarchy(List<ClassNode> classes) {
        this.classes = classes;
    }

    /** Reads the class files; {@code null} if the audited class's file cannot be read. */
    static ClassHierarchy read(String className, ClassSource source) {
        List<ClassNode> classes = new ArrayList<>();
        String internalName = className.replace('.', '/');
        while (internalName != null && !isPlatform(internalName)) {
            ClassNode node = readClass(internalName, source);
            if (node == null) {
                break;
            }
            classes.add(node);
            internalName = node.superName;
        }
        return classes.isEmpty() ? null : new ClassHierarchy(classes);
    }

    static ClassNode readClass(String internalName, ClassSource source) {
        try {
            byte[] bytes = source.classFile(internalName);
            if (bytes == null) {
                return null;
            }
            ClassNode node = new ClassNode();
            new ClassReader(bytes).accept(node, ClassReader.SKIP_FRAMES);
            return node;
        } catch (IOException | RuntimeException e) {
            return null; // unreadable or too new for this ASM: the audit skips what it cannot read
        }
    }

    private static boolean isPlatform(String internalName) {
        return internalName.startsWith("java/") || internalName.startsWith("javax/")
                || internalName.startsWith("jakarta/") || internalName.startsWith("jdk/");
    }

    /**
     * Whether the class is a servlet, filter or listener: it extends or implements a type of the
     * servlet API (javax or jakarta) directly or through its application superclasses.
     */
    boolean servletComponent() {
        for (ClassNode node : classes) {
            if (servletType(node.superName)) {
                return true;
            }
            for (String implemented : node.interfaces) {
                if (servletType(implemented)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the class is a Struts 2 action: it extends or implements XWork's {@code Action}, or
     * has Struts 2's {@code public String execute()}. Struts calls its setters with each request's parameters.
     */
    boolean struts2Action() {
        for (ClassNode node : classes) {
            if ("com/opensymphony/xwork2/ActionSupport".equals(node.superName)
                    || node.interfaces.contains("com/opensymphony/xwork2/Action")) {
                return true;
            }
            for (MethodNode method : node.methods) {
                if (method.name.equals("execute") && method.desc.equals("()Ljava/lang/String;")
                        && (method.access & Opcodes.ACC_PUBLIC) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean servletType(String internalName) {
        return internalName != null
                && (internalName.startsWith("jakarta/servlet/") || internalName.startsWith("javax/servlet/"));
    }

    List<ClassNode> classes() {
        return classes;
    }

    ClassNode audited() {
        return classes.get(0);
    }

    ClassNode find(String internalName) {
        for (ClassNode node : classes) {
            if (node.name.equals(internalName)) {
                return node;
            }
        }
        return null;
    }

    /** The instance field a field instruction on {@code owner} refers to, searched upwards. */
    FieldRef resolveField(String owner, String name) {
        boolean below = true;
        for (ClassNode node : classes) {
            if (below && !node.name.equals(owner)) {
                continue;
            }
            below = false;
            for (FieldNode field : node.fields) {
                if (field.name.equals(name) && (field.access & Opcodes.ACC_STATIC) == 0) {
                    return new FieldRef(node.name, field.name, field.desc);
                }
            }
        }
        return null;
    }

    FieldNode fieldNode(FieldRef ref) {
        ClassNode node = find(ref.owner());
        if (node == null) {
            return null;
        }
        for (FieldNode field : node.fields) {
            if (field.name.equals(ref.name())) {
                return field;
            }
        }
        return null;
    }

    MethodNode method(String owner, String name, String descriptor) {
        ClassNode node = find(owner);
        if (node == null) {
            return null;
        }
        for (MethodNode method : node.methods) {
            if (method.name.equals(name) && method.desc.equals(descriptor)) {
                return method;
            }
        }
        return null;
    }

    static boolean annotated(List<AnnotationNode> annotations, String descriptor) {
        if (annotations == null) {
            return false;
        }
        for (AnnotationNode annotation : annotations) {
            if (annotation.desc.equals(descriptor)) {
                return true;
            }
        }
        return false;
    }
}
