package org.freshview.internal.rules;

import java.util.List;
import java.util.Map;

/**
 * What the FV-1xx scope and shape rules see of a view class.
 *
 * @param className    the binary class name
 * @param kind         where the class is declared
 * @param constructors its declared constructors
 * @param methods      the declared methods of the class and its superclasses below {@code Object}, class first
 * @param fields       the declared fields of the class and its superclasses below {@code Object}, class first
 * @param annotations  the annotations on the class, in declaration order
 * @param stereotypes  the definition (meta-annotations) of every stereotype reachable from {@code annotations},
 *                     by qualified name
 */
public record ViewShape(String className, Object origin, Kind kind, boolean isAbstract, boolean isFinal,
                        boolean isRecord, List<Constructor> constructors, List<Method> methods, List<Field> fields,
                        List<Annotation> annotations, Map<String, List<Annotation>> stereotypes) {

    public ViewShape {
        constructors = List.copyOf(constructors);
        methods = List.copyOf(methods);
        fields = List.copyOf(fields);
        annotations = List.copyOf(annotations);
        stereotypes = Map.copyOf(stereotypes);
    }

    /** Where a class is declared. */
    public enum Kind {
        TOP_LEVEL, STATIC_NESTED, INNER, LOCAL, ANONYMOUS
    }

    public record Constructor(int parameterCount, boolean isPrivate) {
    }

    /** A method; {@code signature} tells overloads apart (name and parameter types). */
    public record Method(String name, String signature, Object origin, boolean isFinal, boolean isStatic,
                         boolean isPrivate, boolean isSynthetic) {
    }

    /** A field; {@code typeSimpleName} as {@code Class#getSimpleName()} of its erased type. */
    public record Field(String name, String typeSimpleName, boolean isStatic, boolean isSynthetic,
                        boolean isInjected) {
    }

    /**
     * An annotation type as CDI sees it.
     *
     * @param scope       a pseudo-scope ({@code @Scope}) or a normal scope
     * @param normalScope a normal scope ({@code @NormalScope})
     * @param stereotype  a {@code @Stereotype}
     */
    public record Annotation(String name, String simpleName, boolean scope, boolean normalScope,
                             boolean stereotype) {
    }
}
