package org.freshview.internal.audit;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which fields a finding may name. A field is tracked when it is an instance field of a class not
 * marked {@code @SharedStateReviewed}, not so marked itself, of a type that is not thread-safe, and
 * not filled by the container or Spring before requests come (injected). A Jakarta REST resource's
 * request-parameter fields are findings of their own (FV-402), whatever their type.
 */
final class TrackedFields {

    private static final String REVIEWED = "SharedStateReviewed;";
    private static final Set<String> PATH = EeNames.descriptors("ws.rs.Path");

    /** Fields the container or Spring fills before requests come. */
    private static final Set<String> INJECTED = Stream.concat(
            EeNames.descriptors("inject.Inject", "ws.rs.core.Context", "annotation.Resource",
                    "persistence.PersistenceContext", "persistence.PersistenceUnit", "ejb.EJB").stream(),
            Stream.of("Lorg/eclipse/microprofile/config/inject/ConfigProperty;",
                    "Lorg/eclipse/microprofile/rest/client/inject/RestClient;",
                    "Lorg/springframework/beans/factory/annotation/Autowired;",
                    "Lorg/springframework/beans/factory/annotation/Value;")).collect(Collectors.toUnmodifiableSet());

    private static final Map<String, String> REQUEST_PARAMS = requestParams(
            "PathParam", "QueryParam", "HeaderParam", "CookieParam", "FormParam", "MatrixParam", "BeanParam");

    private final ClassHierarchy hierarchy;

    TrackedFields(ClassHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    private static Map<String, String> requestParams(String... simpleNames) {
        Map<String, String> params = new HashMap<>();
        for (String name : simpleNames) {
            for (String descriptor : EeNames.descriptors("ws.rs." + name)) {
                params.put(descriptor, name);
            }
        }
        return Map.copyOf(params);
    }

    /**
     * Whether the hierarchy has a field a finding can be about: tracked, or a request parameter of
     * a resource. Most shared beans, filters and resources have none (a WAR of 3,000 classes: 1,100
     * of its 2,100 shared classes, in the start-up benchmark of benchmarks/README.md), and their code
     * is then never parsed or analysed; so this reads only an outline of the classes.
     */
    static boolean anyIn(ClassHierarchy outline) {
        boolean resource = isResource(outline.audited());
        for (List<FieldNode> fields : candidates(outline).values()) {
            for (FieldNode field : fields) {
                if (!ThreadSafeTypes.isSafeFieldType(field.desc) && !injected(field)
                        || resource && !requestParams(field).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The fields a finding may name, by declaring class in hierarchy order: instance fields not
     * marked reviewed, of classes not marked reviewed. The audited class's own mark is not looked
     * at: it ends the audit before any field is.
     */
    static Map<ClassNode, List<FieldNode>> candidates(ClassHierarchy hierarchy) {
        Map<ClassNode, List<FieldNode>> candidates = new LinkedHashMap<>();
        for (ClassNode node : hierarchy.classes()) {
            if (node != hierarchy.audited() && reviewed(node)) {
                continue;
            }
            List<FieldNode> fields = new ArrayList<>();
            for (FieldNode field : node.fields) {
                if ((field.access & Opcodes.ACC_STATIC) == 0 && !reviewed(field.visibleAnnotations)
                        && !reviewed(field.invisibleAnnotations)) {
                    fields.add(field);
                }
            }
            candidates.put(node, fields);
        }
        return candidates;
    }

    /** Whether the class is a Jakarta REST resource, whose request-parameter fields the runtime fills. */
    static boolean isResource(ClassNode node) {
        return ClassHierarchy.annotatedWithAny(node.visibleAnnotations, PATH);
    }

    /** The simple names of the request-parameter annotations of a field ({@code PathParam}, ...), in declaration order. */
    static List<String> requestParams(FieldNode field) {
        List<String> params = new ArrayList<>();
        if (field.visibleAnnotations != null) {
            for (AnnotationNode annotation : field.visibleAnnotations) {
                String param = REQUEST_PARAMS.get(annotation.desc);
                if (param != null) {
                    params.add(param);
                }
            }
        }
        return params;
    }

    /** Whether a write to or through the field can be a finding. */
    boolean tracked(FieldRef field) {
        FieldNode node = hierarchy.fieldNode(field);
        if (node == null || ThreadSafeTypes.isSafeFieldType(field.descriptor())
                || reviewed(node.visibleAnnotations) || reviewed(node.invisibleAnnotations) || injected(node)) {
            return false;
        }
        ClassNode declaring = hierarchy.find(field.owner());
        return declaring == null || !reviewed(declaring);
    }

    boolean isVolatile(FieldRef field) {
        FieldNode node = hierarchy.fieldNode(field);
        return node != null && (node.access & Opcodes.ACC_VOLATILE) != 0;
    }

    static boolean reviewed(ClassNode node) {
        return reviewed(node.visibleAnnotations) || reviewed(node.invisibleAnnotations);
    }

    /**
     * Freshview's {@code @SharedStateReviewed}, or any annotation of that simple name: code that
     * will never depend on Freshview can declare its own.
     */
    private static boolean reviewed(List<AnnotationNode> annotations) {
        if (annotations != null) {
            for (AnnotationNode annotation : annotations) {
                String desc = annotation.desc;
                if (desc.endsWith(REVIEWED) && (desc.length() == REVIEWED.length() + 1
                        || "/$".indexOf(desc.charAt(desc.length() - REVIEWED.length() - 1)) >= 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean injected(FieldNode field) {
        return ClassHierarchy.annotatedWithAny(field.visibleAnnotations, INJECTED);
    }
}
