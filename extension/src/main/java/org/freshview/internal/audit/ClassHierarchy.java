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
import java.util.Set;

/**
 * A class and its application superclasses as class files, the audited class first. Platform
 * classes ({@code java.}, {@code jakarta.}, {@code javax.}) are left out: their fields are not
 * the application's state.
 */
final class ClassHierarchy {

    /** A complete read: the analysis computes its own frames; line numbers and source files place the findings. */
    private static final int COMPLETE = ClassReader.SKIP_FRAMES;

    /** An outline: names, supertypes, fields, method signatures and annotations, without code or debug attributes. */
    private static final int OUTLINE = ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES;

    private final List<ClassNode> classes;
    /** The class files of an outline, parsed again by {@link #complete()}; {@code null} when complete. */
    private final List<ClassReader> files;

    private ClassHierarchy(List<ClassNode> classes, List<ClassReader> files) {
        this.classes = classes;
        this.files = files;
    }

    /** Reads the class files; {@code null} if the audited class's file cannot be read. */
    static ClassHierarchy read(String className, ClassSource source) {
        ClassHierarchy outline = outline(className, source);
        return outline == null ? null : outline.complete();
    }

    /**
     * Reads the class files without the methods' code, so that a class can be dismissed from its
     * fields before its code is parsed ({@link #complete()} parses it from the same files, read once);
     * {@code null} if the audited class's file cannot be read.
     */
    static ClassHierarchy outline(String className, ClassSource source) {
        List<ClassNode> classes = new ArrayList<>();
        List<ClassReader> files = new ArrayList<>();
        String internalName = className.replace('.', '/');
        while (internalName != null && !isPlatform(internalName)) {
            ClassReader file = classFile(internalName, source);
            ClassNode node = file == null ? null : parse(file, OUTLINE);
            if (node == null) {
                break;
            }
            classes.add(node);
            files.add(file);
            internalName = node.superName;
        }
        return classes.isEmpty() ? null : new ClassHierarchy(classes, files);
    }

    /**
     * The classes with their code, parsed from the files the outline read; as a complete read, it
     * ends before a class whose code cannot be parsed, and is {@code null} if that is the audited one.
     */
    ClassHierarchy complete() {
        if (files == null) {
            return this;
        }
        List<ClassNode> complete = new ArrayList<>(files.size());
        for (ClassReader file : files) {
            ClassNode node = parse(file, COMPLETE);
            if (node == null) {
                break;
            }
            complete.add(node);
        }
        return complete.isEmpty() ? null : new ClassHierarchy(complete, null);
    }

    private static ClassReader classFile(String internalName, ClassSource source) {
        try {
            byte[] bytes = source.classFile(internalName);
            return bytes == null ? null : new ClassReader(bytes);
        } catch (IOException | RuntimeException e) {
            return null; // unreadable or too new for this ASM: the audit skips what it cannot read
        }
    }

    private static ClassNode parse(ClassReader file, int flags) {
        try {
            ClassNode node = new ClassNode();
            file.accept(node, flags);
            return node;
        } catch (RuntimeException e) {
            return null; // malformed: the audit skips what it cannot read
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

    /** Whether one of {@code annotations} (a node's, {@code null} when it has none) has a descriptor of {@code descriptors}. */
    static boolean annotatedWithAny(List<AnnotationNode> annotations, Set<String> descriptors) {
        if (annotations != null) {
            for (AnnotationNode annotation : annotations) {
                if (descriptors.contains(annotation.desc)) {
                    return true;
                }
            }
        }
        return false;
    }
}
