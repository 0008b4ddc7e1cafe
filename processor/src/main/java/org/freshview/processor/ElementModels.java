package org.freshview.processor;

import org.freshview.internal.rules.SourceKind;
import org.freshview.internal.rules.ViewModel;
import org.freshview.internal.rules.ViewShape;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fills the shared rules' model ({@link ViewModel}, {@link ViewShape}) from a {@code @View}
 * class being compiled, as the extension fills it from reflection and CDI at deployment. Each
 * origin is the element a message should be put on.
 */
final class ElementModels {

    static final String VIEW = "org.freshview.View";
    private static final String HTTP_METHOD = "jakarta.ws.rs.HttpMethod";
    private static final String DEFAULT_VALUE = "jakarta.ws.rs.DefaultValue";
    private static final String INJECT = "jakarta.inject.Inject";
    private static final String SCOPE = "jakarta.inject.Scope";
    private static final String NORMAL_SCOPE = "jakarta.enterprise.context.NormalScope";
    private static final String STEREOTYPE = "jakarta.enterprise.inject.Stereotype";
    private static final String RESULT = "org.freshview.Result";
    private static final String BEAN_PARAM = "jakarta.ws.rs.BeanParam";
    private static final String CONSTRAINT = "jakarta.validation.Constraint";
    private static final String VALID = "jakarta.validation.Valid";

    private final Elements elements;
    private final Types types;
    private final TypeDescriptions descriptions;

    ElementModels(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
        this.descriptions = new TypeDescriptions(elements, types);
    }

    String binaryName(TypeElement type) {
        return elements.getBinaryName(type).toString();
    }

    /** The {@code @View} annotation on the class. */
    AnnotationMirror viewAnnotation(TypeElement type) {
        return annotation(type, VIEW);
    }

    /** The {@code value} of {@code @View}, as written. */
    AnnotationValue templatesValue(TypeElement type) {
        return value(viewAnnotation(type), "value");
    }

    List<String> templates(TypeElement type) {
        AnnotationValue value = templatesValue(type);
        if (value == null) {
            return List.of();
        }
        if (value.getValue() instanceof List<?> list) {
            return list.stream().map(v -> (String) ((AnnotationValue) v).getValue()).toList();
        }
        return List.of((String) value.getValue());
    }

    /** The view as the binding rules see it; {@code sourceNames} gets the Java source name of each bound type. */
    ViewModel viewModel(TypeElement type, Map<String, String> sourceNames) {
        List<ViewModel.Field> fields = new ArrayList<>();
        for (TypeElement c : hierarchy(type)) {
            for (VariableElement field : ElementFilter.fieldsIn(c.getEnclosedElements())) {
                Set<Modifier> modifiers = field.getModifiers();
                fields.add(new ViewModel.Field(field.getSimpleName().toString(), field,
                        modifiers.contains(Modifier.STATIC), modifiers.contains(Modifier.FINAL),
                        binding(field, sourceNames)));
            }
        }
        List<ViewModel.Method> methods = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            TypeElement owner = (TypeElement) method.getEnclosingElement();
            if (owner.getQualifiedName().contentEquals("java.lang.Object")) {
                continue;
            }
            List<String> httpMethods = new ArrayList<>();
            for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
                AnnotationMirror http = annotation(annotation.getAnnotationType().asElement(), HTTP_METHOD);
                if (http != null) {
                    httpMethods.add((String) value(http, "value").getValue());
                }
            }
            List<ViewModel.Parameter> parameters = new ArrayList<>();
            for (int i = 0; i < method.getParameters().size(); i++) {
                VariableElement parameter = method.getParameters().get(i);
                parameters.add(new ViewModel.Parameter(i, parameter, binding(parameter, sourceNames)));
            }
            TypeMirror returned = method.getReturnType();
            TypeElement result = elements.getTypeElement(RESULT);
            boolean returnsResult = result != null && returned.getKind() == TypeKind.DECLARED
                    && types.isAssignable(types.erasure(returned), types.erasure(result.asType()));
            methods.add(new ViewModel.Method(method.getSimpleName().toString(), binaryName(owner), method,
                    httpMethods, descriptions.name(returned), returned.getKind() == TypeKind.VOID, returnsResult,
                    parameters));
        }
        AnnotationValue name = value(viewAnnotation(type), "name");
        return new ViewModel(binaryName(type), type, templates(type), name == null ? "" : (String) name.getValue(),
                fields, methods);
    }

    private ViewModel.Binding binding(VariableElement element, Map<String, String> sourceNames) {
        List<ViewModel.Source> sources = new ArrayList<>();
        List<String> constraints = new ArrayList<>(0);
        ViewModel.Bean bean = null;
        String defaultValue = null;
        for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
            String name = qualifiedName(annotation);
            if (name.equals(VALID) || annotation(annotation.getAnnotationType().asElement(), CONSTRAINT) != null) {
                constraints.add(name);
            }
            if (name.equals(BEAN_PARAM) && element.asType().getKind() == TypeKind.DECLARED) {
                bean = bean((TypeElement) ((DeclaredType) element.asType()).asElement(), sourceNames);
            }
            SourceKind kind = SourceKind.ofAnnotation(name);
            AnnotationValue value = value(annotation, "value");
            if (kind != null) {
                sources.add(new ViewModel.Source(kind, value == null ? "" : (String) value.getValue()));
            } else if (name.equals(DEFAULT_VALUE) && defaultValue == null && value != null) {
                defaultValue = (String) value.getValue();
            }
        }
        return new ViewModel.Binding(sources, defaultValue, descriptions.facts(element.asType(), sourceNames), bean,
                constraints);
    }

    /** A {@code @BeanParam} class as the binding rules see it, as {@code ViewReader} reads it at deployment. */
    private ViewModel.Bean bean(TypeElement type, Map<String, String> sourceNames) {
        Set<Modifier> modifiers = type.getModifiers();
        boolean nestable = type.getNestingKind() == NestingKind.TOP_LEVEL
                || (type.getNestingKind() == NestingKind.MEMBER && modifiers.contains(Modifier.STATIC));
        boolean constructible = type.getKind() == ElementKind.CLASS && !modifiers.contains(Modifier.ABSTRACT)
                && nestable && ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .anyMatch(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE));
        List<ViewModel.Field> fields = new ArrayList<>();
        for (TypeElement c : hierarchy(type)) {
            for (VariableElement field : ElementFilter.fieldsIn(c.getEnclosedElements())) {
                Set<Modifier> m = field.getModifiers();
                fields.add(new ViewModel.Field(field.getSimpleName().toString(), field, m.contains(Modifier.STATIC),
                        m.contains(Modifier.FINAL), binding(field, sourceNames)));
            }
        }
        return new ViewModel.Bean(binaryName(type), constructible, fields);
    }

    /**
     * Whether a field, parameter or return type of the view does not resolve (yet): javac
     * reports the missing type itself, or another processor generates it in a later round.
     */
    boolean hasUnresolvedTypes(TypeElement type) {
        for (TypeElement c : hierarchy(type)) {
            for (VariableElement field : ElementFilter.fieldsIn(c.getEnclosedElements())) {
                if (field.asType().getKind() == TypeKind.ERROR) {
                    return true;
                }
            }
            for (ExecutableElement method : ElementFilter.methodsIn(c.getEnclosedElements())) {
                if (method.getReturnType().getKind() == TypeKind.ERROR
                        || method.getParameters().stream().anyMatch(p -> p.asType().getKind() == TypeKind.ERROR)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The class as the shape and scope rules see it. */
    ViewShape viewShape(TypeElement type) {
        Set<Modifier> modifiers = type.getModifiers();
        ViewShape.Kind kind = switch (type.getNestingKind()) {
            case TOP_LEVEL -> ViewShape.Kind.TOP_LEVEL;
            case MEMBER -> modifiers.contains(Modifier.STATIC) || type.getKind() == ElementKind.RECORD
                    ? ViewShape.Kind.STATIC_NESTED : ViewShape.Kind.INNER;
            case LOCAL -> ViewShape.Kind.LOCAL;
            case ANONYMOUS -> ViewShape.Kind.ANONYMOUS;
        };
        List<ViewShape.Constructor> constructors = new ArrayList<>();
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            constructors.add(new ViewShape.Constructor(constructor.getParameters().size(),
                    constructor.getModifiers().contains(Modifier.PRIVATE)));
        }
        List<ViewShape.Method> methods = new ArrayList<>();
        List<ViewShape.Field> fields = new ArrayList<>();
        for (TypeElement c : hierarchy(type)) {
            for (ExecutableElement method : ElementFilter.methodsIn(c.getEnclosedElements())) {
                Set<Modifier> m = method.getModifiers();
                String signature = method.getSimpleName() + method.getParameters().stream()
                        .map(p -> descriptions.rawName(p.asType())).collect(Collectors.joining(", ", "[", "]"));
                methods.add(new ViewShape.Method(method.getSimpleName().toString(), signature, method,
                        m.contains(Modifier.FINAL), m.contains(Modifier.STATIC), m.contains(Modifier.PRIVATE), false));
            }
            for (VariableElement field : ElementFilter.fieldsIn(c.getEnclosedElements())) {
                fields.add(new ViewShape.Field(field.getSimpleName().toString(), descriptions.simpleName(field.asType()),
                        field.getModifiers().contains(Modifier.STATIC), false, annotation(field, INJECT) != null));
            }
        }
        List<ViewShape.Annotation> annotations = new ArrayList<>();
        Map<String, List<ViewShape.Annotation>> stereotypes = new HashMap<>();
        for (AnnotationMirror annotation : elements.getAllAnnotationMirrors(type)) {
            TypeElement annotationType = (TypeElement) annotation.getAnnotationType().asElement();
            annotations.add(annotation(annotationType));
            addStereotype(annotationType, stereotypes);
        }
        return new ViewShape(binaryName(type), type, kind, modifiers.contains(Modifier.ABSTRACT),
                modifiers.contains(Modifier.FINAL) || type.getKind() == ElementKind.RECORD,
                type.getKind() == ElementKind.RECORD, constructors, methods, fields, annotations, stereotypes);
    }

    private void addStereotype(TypeElement annotationType, Map<String, List<ViewShape.Annotation>> stereotypes) {
        String name = annotationType.getQualifiedName().toString();
        if (annotation(annotationType, STEREOTYPE) == null || stereotypes.containsKey(name)) {
            return;
        }
        List<ViewShape.Annotation> definition = new ArrayList<>();
        stereotypes.put(name, definition);
        for (AnnotationMirror meta : annotationType.getAnnotationMirrors()) {
            TypeElement metaType = (TypeElement) meta.getAnnotationType().asElement();
            definition.add(annotation(metaType));
            addStereotype(metaType, stereotypes);
        }
    }

    /** An annotation type as CDI sees it, from its meta-annotations. */
    private ViewShape.Annotation annotation(TypeElement annotationType) {
        boolean normal = annotation(annotationType, NORMAL_SCOPE) != null;
        return new ViewShape.Annotation(annotationType.getQualifiedName().toString(),
                annotationType.getSimpleName().toString(), normal || annotation(annotationType, SCOPE) != null, normal,
                annotation(annotationType, STEREOTYPE) != null);
    }

    /** The class and its superclasses below {@code Object}, class first. */
    private List<TypeElement> hierarchy(TypeElement type) {
        List<TypeElement> classes = new ArrayList<>();
        for (TypeElement c = type; c != null && !c.getQualifiedName().contentEquals("java.lang.Object"); ) {
            classes.add(c);
            TypeMirror superclass = c.getSuperclass();
            c = superclass.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) superclass).asElement() : null;
        }
        return classes;
    }

    static AnnotationMirror annotation(Element element, String qualifiedName) {
        for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
            if (qualifiedName(annotation).equals(qualifiedName)) {
                return annotation;
            }
        }
        return null;
    }

    private static String qualifiedName(AnnotationMirror annotation) {
        return ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    /** An explicitly written value of an annotation, or {@code null} (defaults are not written). */
    static AnnotationValue value(AnnotationMirror annotation, String name) {
        if (annotation == null) {
            return null;
        }
        for (var entry : annotation.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    static boolean isClass(TypeElement type) {
        return type.getKind() == ElementKind.CLASS || type.getKind() == ElementKind.RECORD;
    }

    static boolean isTopLevelOrNested(TypeElement type) {
        return type.getNestingKind() == NestingKind.TOP_LEVEL || type.getNestingKind() == NestingKind.MEMBER;
    }
}
