package org.freshview.processor;

import org.freshview.internal.binding.ValueType;
import org.freshview.internal.rules.TypeFacts;

import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Describes compile-time types the way the extension describes loaded classes: names as
 * {@code java.lang.reflect.Type#getTypeName()} prints them, and {@link ValueType} facts, so the
 * shared rules and messages come out the same.
 */
final class TypeDescriptions {

    private final Elements elements;
    private final Types types;

    TypeDescriptions(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** The name as reflection prints it: binary class names, {@code ", "} between type arguments. */
    String name(TypeMirror type) {
        return switch (type.getKind()) {
            case DECLARED -> {
                DeclaredType declared = (DeclaredType) type;
                String raw = elements.getBinaryName((TypeElement) declared.asElement()).toString();
                yield declared.getTypeArguments().isEmpty() ? raw : raw + declared.getTypeArguments().stream()
                        .map(this::name).collect(Collectors.joining(", ", "<", ">"));
            }
            case ARRAY -> name(((ArrayType) type).getComponentType()) + "[]";
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                yield wildcard.getExtendsBound() != null ? "? extends " + name(wildcard.getExtendsBound())
                        : wildcard.getSuperBound() != null ? "? super " + name(wildcard.getSuperBound()) : "?";
            }
            default -> type.getKind().isPrimitive() ? primitive(type) : type.toString();
        };
    }

    /**
     * A primitive's name without its type annotations: javac prints {@code @Email int age}'s type
     * as {@code @jakarta.validation.constraints.Email int}, since Bean Validation's constraints
     * are also {@code TYPE_USE} annotations.
     */
    private static String primitive(TypeMirror type) {
        return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The type's name as Java source writes it, without type annotations. */
    private String sourceName(TypeMirror type) {
        TypeMirror erased = types.erasure(type);
        return switch (erased.getKind()) {
            case DECLARED -> ((TypeElement) ((DeclaredType) erased).asElement()).getQualifiedName().toString();
            case ARRAY -> sourceName(((ArrayType) erased).getComponentType()) + "[]";
            default -> erased.getKind().isPrimitive() ? primitive(erased) : erased.toString();
        };
    }

    /** The erased type's name, as {@code Class#getName()} for classes and primitives. */
    String rawName(TypeMirror type) {
        TypeMirror erased = types.erasure(type);
        return erased.getKind() == TypeKind.DECLARED
                ? elements.getBinaryName((TypeElement) ((DeclaredType) erased).asElement()).toString()
                : name(erased);
    }

    /** The simple name of the erased type, as {@code Class#getSimpleName()}. */
    String simpleName(TypeMirror type) {
        TypeMirror erased = types.erasure(type);
        return switch (erased.getKind()) {
            case DECLARED -> ((DeclaredType) erased).asElement().getSimpleName().toString();
            case ARRAY -> simpleName(((ArrayType) erased).getComponentType()) + "[]";
            default -> erased.getKind().isPrimitive() ? primitive(erased) : erased.toString();
        };
    }

    /**
     * The facts of a field's or parameter's type; {@code sourceNames} gets, for each element
     * type's binary name, its name as Java source writes it (for generated code).
     */
    TypeFacts facts(TypeMirror type, Map<String, String> sourceNames) {
        String rawName = rawName(type);
        TypeMirror element = type;
        if (rawName.equals("java.util.Optional") || rawName.equals("java.util.List")) {
            List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
            element = arguments.isEmpty() ? null : arguments.get(0); // raw: none
        } else if (type.getKind() == TypeKind.DECLARED && !((DeclaredType) type).getTypeArguments().isEmpty()) {
            element = null;
        }
        ValueType facts = element == null ? null : valueType(element);
        if (facts != null) {
            sourceNames.put(facts.name(), sourceName(element));
        }
        return new TypeFacts(name(type), rawName, facts);
    }

    /** The facts of a class or primitive type; {@code null} for anything else (a type variable, a wildcard). */
    ValueType valueType(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            String name = primitive(type);
            return new ValueType(name, name, true, false, false, false, null, false, false, false);
        }
        if (type.getKind() == TypeKind.ARRAY) {
            return new ValueType(name(type), simpleName(type), false, true, false, false, null, false, false, false);
        }
        if (type.getKind() != TypeKind.DECLARED || !((DeclaredType) type).getTypeArguments().isEmpty()) {
            return null;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        List<String> constants = null;
        if (element.getKind() == ElementKind.ENUM) {
            constants = new ArrayList<>();
            for (var member : element.getEnclosedElements()) {
                if (member.getKind() == ElementKind.ENUM_CONSTANT) {
                    constants.add(member.getSimpleName().toString());
                }
            }
        }
        boolean interfaceType = element.getKind().isInterface();
        return new ValueType(elements.getBinaryName(element).toString(), element.getSimpleName().toString(), false,
                false, interfaceType, element.getModifiers().contains(Modifier.ABSTRACT), constants,
                staticFactory(element, "fromString"), staticFactory(element, "valueOf"), stringConstructor(element));
    }

    /** As {@code Class#getMethod(name, String.class)}: a public method, declared or inherited. */
    private boolean staticFactory(TypeElement type, String name) {
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            if (method.getSimpleName().contentEquals(name) && method.getModifiers().contains(Modifier.PUBLIC)
                    && takesOneString(method)) {
                return method.getModifiers().contains(Modifier.STATIC)
                        && types.isAssignable(types.erasure(method.getReturnType()), types.erasure(type.asType()));
            }
        }
        return false;
    }

    private boolean stringConstructor(TypeElement type) {
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (constructor.getModifiers().contains(Modifier.PUBLIC) && takesOneString(constructor)) {
                return true;
            }
        }
        return false;
    }

    private boolean takesOneString(ExecutableElement method) {
        List<? extends VariableElement> parameters = method.getParameters();
        return parameters.size() == 1 && rawName(parameters.get(0).asType()).equals("java.lang.String");
    }
}
