package org.freshview.internal.rules;

import java.util.List;

/**
 * What the FV-3xx binding rules see of a view. Each {@code origin} is the caller's handle on
 * the element (a reflection member at deployment, a {@code javax.lang.model} element at compile
 * time), handed back with each finding.
 *
 * @param className the binary class name, as in messages
 * @param templates the {@code @View} templates
 * @param routeName the {@code @View} name, or {@code ""}
 * @param fields    the view's declared fields
 * @param methods   the view's methods (those without an HTTP method annotation are ignored)
 */
public record ViewModel(String className, Object origin, List<String> templates, String routeName,
                        List<Field> fields, List<Method> methods) {

    public ViewModel {
        templates = List.copyOf(templates);
        fields = List.copyOf(fields);
        methods = List.copyOf(methods);
    }

    /** A field; only one with a binding annotation is bound. */
    public record Field(String name, Object origin, boolean isStatic, boolean isFinal, Binding binding) {
    }

    /**
     * A method.
     *
     * @param declaringClass the binary name of the class that declares it
     * @param httpMethods   the HTTP methods of its {@code @GET}, {@code @POST}... annotations
     * @param returnType    the return type as written in messages
     * @param returnsVoid   it returns {@code void}
     * @param returnsResult its return type is {@code org.freshview.Result} or a subtype
     */
    public record Method(String name, String declaringClass, Object origin, List<String> httpMethods, String returnType,
                         boolean returnsVoid, boolean returnsResult, List<Parameter> parameters) {

        public Method {
            httpMethods = List.copyOf(httpMethods);
            parameters = List.copyOf(parameters);
        }
    }

    /** A method parameter; {@code position} counts from 0. */
    public record Parameter(int position, Object origin, Binding binding) {
    }

    /**
     * The binding annotations and type of a field or parameter.
     *
     * @param sources      one per binding annotation present ({@code @PathParam}...)
     * @param defaultValue the {@code @DefaultValue}, or {@code null}
     * @param bean         for a {@code @BeanParam} parameter, the form object's class; else {@code null}
     * @param constraints  the qualified names of its Bean Validation constraint annotations
     */
    public record Binding(List<Source> sources, String defaultValue, TypeFacts type, Bean bean,
                          List<String> constraints) {

        public Binding {
            sources = List.copyOf(sources);
            constraints = List.copyOf(constraints);
        }

        /** A binding without {@code @BeanParam} and without constraints. */
        public Binding(List<Source> sources, String defaultValue, TypeFacts type) {
            this(sources, defaultValue, type, null, List.of());
        }
    }

    /**
     * The class of a {@code @BeanParam} form object: Freshview creates it with its constructor
     * without parameters and fills its bound fields.
     *
     * @param className     the binary class name
     * @param constructible it is a concrete class with a constructor without parameters, not private
     * @param fields        its fields and those it inherits
     */
    public record Bean(String className, boolean constructible, List<Field> fields) {

        public Bean {
            fields = List.copyOf(fields);
        }
    }

    /** One binding annotation: its kind and the name it gives. */
    public record Source(SourceKind kind, String name) {
    }
}
