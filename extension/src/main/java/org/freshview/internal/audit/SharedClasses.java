package org.freshview.internal.audit;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which classes one instance serves for all requests: the rules, in both namespaces. The deployment
 * audit asks the container which classes it serves and matches them with these names; the
 * command-line audit applies the rules to class files ({@link #find}).
 *
 * <p>Shared: servlets, filters and listeners; Jakarta REST (JAX-RS) resources that are
 * {@code @Singleton} or {@code @ApplicationScoped}, providers not {@code @RequestScoped}, and objects
 * created in {@code Application.getSingletons()}; CDI/JSR-330 {@code @ApplicationScoped} and
 * {@code @Singleton} beans; Spring {@code @Component}, {@code @Service}, {@code @Repository},
 * {@code @Controller} and {@code @RestController} without a narrower {@code @Scope} (Spring's default
 * scope is singleton, so a Struts 2 action managed by Spring this way is shared too); Struts 1
 * {@code Action}s (the ActionServlet keeps one per class). Not shared: a plain Jakarta REST resource
 * (made per request) and a Struts 2 action that Struts creates itself (one per request).
 */
public final class SharedClasses {

    public static final Set<String> WEB_SERVLET = EeNames.classNames("servlet.annotation.WebServlet");
    public static final Set<String> WEB_FILTER = EeNames.classNames("servlet.annotation.WebFilter");
    public static final Set<String> PATH = EeNames.classNames("ws.rs.Path");
    public static final Set<String> PROVIDER = EeNames.classNames("ws.rs.ext.Provider");
    public static final Set<String> APPLICATION = EeNames.classNames("ws.rs.core.Application");
    public static final Set<String> SINGLETON = EeNames.classNames("inject.Singleton");
    public static final Set<String> APPLICATION_SCOPED = EeNames.classNames("enterprise.context.ApplicationScoped");
    public static final Set<String> REQUEST_SCOPED = EeNames.classNames("enterprise.context.RequestScoped");

    private static final Set<String> SERVLET = internal(EeNames.classNames(
            "servlet.Servlet", "servlet.GenericServlet", "servlet.http.HttpServlet"));
    private static final Set<String> FILTER = internal(EeNames.classNames(
            "servlet.Filter", "servlet.GenericFilter", "servlet.http.HttpFilter"));
    private static final Set<String> WEB_LISTENER = internal(EeNames.classNames("servlet.annotation.WebListener"));
    /**
     * Implemented by session attributes and by per-request objects (an asynchronous request's or a
     * stream's listener), not by listeners the container keeps: Spring's
     * StandardServletAsyncWebRequest is an AsyncListener made per request (docs/audit-results.md).
     */
    private static final Set<String> ATTRIBUTE_LISTENERS = internal(EeNames.classNames(
            "servlet.http.HttpSessionBindingListener", "servlet.http.HttpSessionActivationListener",
            "servlet.AsyncListener", "servlet.ReadListener", "servlet.WriteListener"));
    private static final String STRUTS_ACTION = "org/apache/struts/action/Action";
    private static final String SPRING_STEREOTYPES = "org/springframework/stereotype/";
    private static final Set<String> SPRING_SINGLETONS = Set.of("Component", "Service", "Repository", "Controller");
    private static final String REST_CONTROLLER = "org/springframework/web/bind/annotation/RestController";
    private static final String SPRING_CONTEXT = "org/springframework/web/context/annotation/";
    private static final String SPRING_SCOPE = "Lorg/springframework/context/annotation/Scope;";

    private final ClassSource source;
    private final Map<String, ClassNode> headers = new HashMap<>();

    private SharedClasses(ClassSource source) {
        this.source = source;
    }

    /** The shared classes among {@code internalNames}, whose class files {@code source} gives. */
    public static List<SharedClass> find(ClassSource source, Iterable<String> internalNames) {
        SharedClasses rules = new SharedClasses(source);
        List<SharedClass> found = new ArrayList<>();
        Map<String, SharedClass> byName = new HashMap<>();
        for (String internalName : internalNames) {
            ClassNode node = rules.header(internalName);
            if (node == null) {
                continue;
            }
            String role = rules.role(node);
            String className = internalName.replace('/', '.');
            Set<String> configuredBy = springStereotype(annotationNames(node)) != null ? Set.of(SharedClass.SETTERS) : Set.of();
            if (role != null && byName.putIfAbsent(className, new SharedClass(className, source, role, configuredBy)) == null) {
                found.add(byName.get(className));
            }
            if ((node.access & Opcodes.ACC_ABSTRACT) == 0 && rules.isSubtype(node, internal(APPLICATION))) {
                for (String singleton : SingletonRegistrations.of(className, source)) {
                    SharedClass registered = new SharedClass(singleton, source, SharedRoles.applicationSingleton(className));
                    if (byName.putIfAbsent(singleton, registered) == null) {
                        found.add(registered);
                    }
                }
            }
        }
        return found;
    }

    /** Why one instance of the class serves all requests, or {@code null}. */
    private String role(ClassNode node) {
        if ((node.access & (Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT | Opcodes.ACC_ANNOTATION | Opcodes.ACC_ENUM)) != 0) {
            return null;
        }
        List<String> annotations = annotationNames(node);
        String springScope = springScope(node);
        String stereotype = springStereotype(annotations);
        if (stereotype != null) {
            return springScope == null || springScope.equals("singleton") ? SharedRoles.springSingleton(stereotype) : null;
        }
        if (springScope != null && !springScope.equals("singleton")) {
            return null;
        }
        if (anyOf(annotations, WEB_SERVLET) || isSubtype(node, SERVLET)) {
            return SharedRoles.servlet();
        }
        if (anyOf(annotations, WEB_FILTER) || isSubtype(node, FILTER)) {
            return SharedRoles.filter();
        }
        if (annotations.stream().anyMatch(a -> WEB_LISTENER.contains(a)) || isListener(node)) {
            return SharedRoles.listener();
        }
        String scope = anyOf(annotations, SINGLETON) ? "Singleton" : anyOf(annotations, APPLICATION_SCOPED) ? "ApplicationScoped" : null;
        if (anyOf(annotations, PATH)) {
            return scope == null ? null : SharedRoles.sharedResource(scope);
        }
        if (anyOf(annotations, PROVIDER)) {
            return anyOf(annotations, REQUEST_SCOPED) ? null : SharedRoles.provider();
        }
        if (scope != null) {
            return SharedRoles.scopedBean(scope);
        }
        if (isSubtype(node, Set.of(STRUTS_ACTION))) {
            return SharedRoles.strutsAction();
        }
        return null;
    }

    private static String springStereotype(List<String> annotations) {
        for (String annotation : annotations) {
            if (annotation.equals(REST_CONTROLLER)) {
                return "RestController";
            }
            if (annotation.startsWith(SPRING_STEREOTYPES)
                    && SPRING_SINGLETONS.contains(annotation.substring(SPRING_STEREOTYPES.length()))) {
                return annotation.substring(SPRING_STEREOTYPES.length());
            }
        }
        return null;
    }

    /** The Spring scope the class declares: {@code @Scope("...")} or {@code @RequestScope} and the like; {@code null} if none. */
    private static String springScope(ClassNode node) {
        for (AnnotationNode annotation : nonNull(node.visibleAnnotations)) {
            if (annotation.desc.equals(SPRING_SCOPE)) {
                List<Object> values = nonNull(annotation.values);
                for (int i = 0; i + 1 < values.size(); i += 2) {
                    if ((values.get(i).equals("value") || values.get(i).equals("scopeName"))
                            && values.get(i + 1) instanceof String scope && !scope.isEmpty()) {
                        return scope;
                    }
                }
                return "singleton";
            }
            if (annotation.desc.startsWith("L" + SPRING_CONTEXT) && annotation.desc.endsWith("Scope;")) {
                return annotation.desc.substring(SPRING_CONTEXT.length() + 1, annotation.desc.length() - 1);
            }
        }
        return null;
    }

    private boolean isListener(ClassNode node) {
        for (ClassNode type = node; type != null; type = type.superName == null ? null : header(type.superName)) {
            for (String implemented : type.interfaces) {
                if (isServletListener(implemented) || extendsListener(implemented)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An application interface extending a servlet listener interface. */
    private boolean extendsListener(String interfaceName) {
        ClassNode node = header(interfaceName);
        if (node == null) {
            return false;
        }
        for (String parent : node.interfaces) {
            if (isServletListener(parent) || extendsListener(parent)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isServletListener(String internalName) {
        return (internalName.startsWith("jakarta/servlet/") || internalName.startsWith("javax/servlet/"))
                && internalName.endsWith("Listener") && !ATTRIBUTE_LISTENERS.contains(internalName);
    }

    /** Whether the class extends or implements one of {@code types} (internal names), through the classes the source has. */
    private boolean isSubtype(ClassNode node, Set<String> types) {
        if (node == null) {
            return false;
        }
        if (types.contains(node.name)) {
            return true;
        }
        if (node.superName != null && (types.contains(node.superName) || isSubtype(header(node.superName), types))) {
            return true;
        }
        for (String implemented : node.interfaces) {
            if (types.contains(implemented) || isSubtype(header(implemented), types)) {
                return true;
            }
        }
        return false;
    }

    /** The class without its code, or {@code null}; the JDK's and the platform APIs' classes are never read. */
    private ClassNode header(String internalName) {
        if (internalName.startsWith("java/") || internalName.startsWith("javax/") || internalName.startsWith("jakarta/")) {
            return null;
        }
        if (headers.containsKey(internalName)) {
            return headers.get(internalName);
        }
        ClassNode node = null;
        try {
            byte[] bytes = source.classFile(internalName);
            if (bytes != null) {
                node = new ClassNode();
                new ClassReader(bytes).accept(node, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            }
        } catch (IOException | RuntimeException e) {
            node = null; // unreadable or too new for this ASM: not classified
        }
        headers.put(internalName, node);
        return node;
    }

    private static List<String> annotationNames(ClassNode node) {
        List<String> names = new ArrayList<>();
        for (AnnotationNode annotation : nonNull(node.visibleAnnotations)) {
            names.add(annotation.desc.substring(1, annotation.desc.length() - 1));
        }
        return names;
    }

    private static boolean anyOf(List<String> annotations, Set<String> classNames) {
        for (String annotation : annotations) {
            if (classNames.contains(annotation.replace('/', '.'))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> internal(Set<String> classNames) {
        return Set.copyOf(classNames.stream().map(name -> name.replace('.', '/')).toList());
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
